package dev.kubeward.netpol.model;

/**
 * What connectivity is listed between: a workload standing for all its pods (a Deployment, a
 * ReplicaSet, ...), the direct owner of a Pod that has one, or a bare Pod. Written as np-guard's
 * netpol-analyzer writes it: {@code default/web[Deployment]}.
 */
public record Workload(String kind, String namespace, String name) implements Comparable<Workload> {

  /** {@code namespace/name[Kind]}. */
  public String display() {
    return namespace + "/" + name + "[" + kind + "]";
  }

  /**
   * By {@link #display()}, as {@code display().compareTo(o.display())} but without building either
   * string: sorting a cluster's workloads compares them many times over.
   */
  @Override
  public int compareTo(Workload o) {
    int n = displayLength();
    int m = o.displayLength();
    for (int i = 0, end = Math.min(n, m); i < end; i++) {
      char a = displayChar(i);
      char b = o.displayChar(i);
      if (a != b) {
        return a - b;
      }
    }
    return n - m;
  }

  private int displayLength() {
    return namespace.length() + name.length() + kind.length() + 3;
  }

  /** {@code display().charAt(i)}. */
  private char displayChar(int i) {
    if (i < namespace.length()) {
      return namespace.charAt(i);
    }
    i -= namespace.length();
    if (i == 0) {
      return '/';
    }
    i -= 1;
    if (i < name.length()) {
      return name.charAt(i);
    }
    i -= name.length();
    if (i == 0) {
      return '[';
    }
    i -= 1;
    return i < kind.length() ? kind.charAt(i) : ']';
  }

  @Override
  public String toString() {
    return display();
  }
}
