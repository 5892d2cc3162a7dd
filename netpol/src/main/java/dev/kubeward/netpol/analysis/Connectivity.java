package dev.kubeward.netpol.analysis;

import dev.kubeward.netpol.conn.ConnectionSet;
import dev.kubeward.netpol.model.Cluster;
import dev.kubeward.netpol.model.Direction;
import dev.kubeward.netpol.model.Pod;
import dev.kubeward.netpol.model.Workload;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Every allowed connection of a cluster, computed once. Pods that no policy can tell apart
 * (same namespace as far as policies see it, same labels as far as selectors read them, same
 * named ports as far as rules name them) are one equivalence class, so the work grows with the
 * number of classes, not of pods. The answers are those of {@link Evaluator}, pair by pair.
 *
 * <p>Addresses outside the cluster are listed as ranges: the address space cut at every boundary
 * of every ipBlock in the policies' ingress rules (sources) and egress rules (destinations), as
 * np-guard's netpol-analyzer cuts it, so that connectivity is the same for every address of a
 * range. IPv6 ranges appear only when some policy names an IPv6 block.
 */
public interface Connectivity {

  /** Computes the connectivity of {@code cluster}. */
  static Connectivity of(Cluster cluster) {
    return ClassEngine.build(cluster);
  }

  Cluster cluster();

  /** The ranges outside the cluster that connections come from, in address order. */
  List<Endpoint.External> externalSources();

  /** The ranges outside the cluster that connections go to, in address order. */
  List<Endpoint.External> externalDestinations();

  /** The number of pod equivalence classes. */
  int podClasses();

  /** Whether {@code pod} is isolated in direction {@code d} (some policy selecting it has that type). */
  boolean isolated(Pod pod, Direction d);

  /** Whether every pod of {@code workload} is isolated in direction {@code d}. */
  boolean isolated(Workload workload, Direction d);

  /**
   * What may go from {@code source} to {@code destination}: for workloads, what any of the
   * source's pods may send to any of the destination's; for a range outside the cluster, what
   * every address of it may send or receive. Nothing between two external ranges.
   */
  ConnectionSet allowed(Endpoint source, Endpoint destination);

  /**
   * Hands every allowed connection to {@code sink}, sorted by source then destination as
   * written, leaving out empty ones, connections of a workload to itself and connections
   * between two external ranges. With a non-empty {@code focus}, only connections from or to
   * one of those workloads.
   */
  void forEachConnection(Set<Workload> focus, Consumer<Connection> sink);

  /** Every allowed connection, as {@link #forEachConnection} lists them. */
  default List<Connection> connections() {
    List<Connection> out = new ArrayList<>();
    forEachConnection(Set.of(), out::add);
    return out;
  }
}
