package dev.kubeward.core.model;

/**
 * Where a finding points, kept without the tree it was read from: a field's path and the line
 * and column of its key. A {@link dev.kubeward.core.index.Digest} keeps one for a finding the
 * late phase may report on a resource whose tree is gone.
 */
public record Anchor(String path, int line, int column) {

  public static Anchor of(Field f) {
    return new Anchor(f.path().toString(), f.line(), f.column());
  }
}
