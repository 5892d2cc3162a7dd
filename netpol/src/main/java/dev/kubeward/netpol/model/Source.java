package dev.kubeward.netpol.model;

/** Where a value was written: file, line and column (1-based). */
public record Source(String file, int line, int column) {

  /** {@code file:line:column}, the form editors and CI logs link. */
  @Override
  public String toString() {
    return file + ":" + line + ":" + column;
  }
}
