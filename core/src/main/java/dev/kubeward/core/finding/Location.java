package dev.kubeward.core.finding;

/** A 1-based line and column in a named file. */
public record Location(String file, int line, int column) {

  @Override
  public String toString() {
    return file + ":" + line + ":" + column;
  }
}
