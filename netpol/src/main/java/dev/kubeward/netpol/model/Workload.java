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

  @Override
  public int compareTo(Workload o) {
    return display().compareTo(o.display());
  }

  @Override
  public String toString() {
    return display();
  }
}
