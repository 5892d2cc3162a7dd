package dev.kubeward.netpol.analysis;

import dev.kubeward.netpol.ip.IpRange;
import dev.kubeward.netpol.model.Workload;

/**
 * One end of a listed connection: a workload of the cluster, or a range of addresses outside
 * it. Endpoints order by how they are written, which is how connections are listed.
 */
public sealed interface Endpoint extends Comparable<Endpoint> {

  /** As np-guard's netpol-analyzer writes it: {@code ns/name[Kind]} or {@code 10.0.0.0-10.255.255.255[External]}. */
  String display();

  @Override
  default int compareTo(Endpoint o) {
    return display().compareTo(o.display());
  }

  /** A workload (all its pods). */
  record InCluster(Workload workload) implements Endpoint {
    @Override
    public String display() {
      return workload.display();
    }

    @Override
    public String toString() {
      return display();
    }
  }

  /** Addresses outside the cluster. */
  record External(IpRange range) implements Endpoint {
    @Override
    public String display() {
      return range + "[External]";
    }

    @Override
    public String toString() {
      return display();
    }
  }
}
