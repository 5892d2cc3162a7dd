package dev.kubeward.netpol.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What connectivity is computed from: namespaces, pods and NetworkPolicies. Every namespace a pod
 * or policy is in exists, with only its name label when the input does not define it.
 * Immutable.
 */
public final class Cluster {

  private final List<Namespace> namespaces;
  private final Map<String, Namespace> byName;
  private final List<Pod> pods;
  private final List<NetworkPolicy> policies;
  /**
   * Made on first use: the analyses list connections by workload, while a scan's network rules,
   * which build a cluster too, never ask. Two threads may make it at once: they make equal maps.
   */
  private volatile Map<Workload, List<Pod>> workloads;

  private Cluster(List<Namespace> namespaces, List<Pod> pods, List<NetworkPolicy> policies) {
    // Gathered in a hash map (every pod and policy looks its namespace up), then sorted once.
    Map<String, Namespace> byHash = new java.util.HashMap<>();
    namespaces.forEach(n -> byHash.put(n.name(), n));
    pods.forEach(p -> byHash.computeIfAbsent(p.namespace(), Namespace::implicit));
    policies.forEach(p -> byHash.computeIfAbsent(p.namespace(), Namespace::implicit));
    Map<String, Namespace> all = new TreeMap<>(byHash);
    this.byName = java.util.Collections.unmodifiableMap(all);
    this.namespaces = List.copyOf(all.values());
    this.pods = List.copyOf(pods);
    this.policies = List.copyOf(policies);
  }

  private static Map<Workload, List<Pod>> workloads(List<Pod> pods) {
    Map<Workload, List<Pod>> w = new TreeMap<>();
    for (Pod p : pods) {
      w.computeIfAbsent(p.workload(), k -> new ArrayList<>()).add(p);
    }
    Map<Workload, List<Pod>> frozen = new LinkedHashMap<>();
    w.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
    return java.util.Collections.unmodifiableMap(frozen);
  }

  /**
   * A cluster of these objects; namespaces named by pods or policies but not given are added.
   * A later namespace of the same name replaces an earlier one.
   */
  public static Cluster of(Collection<Namespace> namespaces, Collection<Pod> pods, Collection<NetworkPolicy> policies) {
    return new Cluster(List.copyOf(namespaces), List.copyOf(pods), List.copyOf(policies));
  }

  /** Every namespace, by name. */
  public List<Namespace> namespaces() {
    return namespaces;
  }

  public Optional<Namespace> namespace(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  /** The namespace of a pod or policy of this cluster. */
  public Namespace namespaceOf(Pod pod) {
    return byName.get(pod.namespace());
  }

  public List<Pod> pods() {
    return pods;
  }

  public List<NetworkPolicy> policies() {
    return policies;
  }

  /** Every workload, in the order connections are listed, with its pods in input order. */
  public Map<Workload, List<Pod>> workloads() {
    Map<Workload, List<Pod>> w = workloads;
    if (w == null) {
      w = workloads(pods);
      workloads = w;
    }
    return w;
  }

  /** Workloads whose name is {@code name}, in namespace {@code namespace} if given. */
  public List<Workload> findWorkloads(Optional<String> namespace, String name) {
    return workloads().keySet().stream()
        .filter(w -> w.name().equals(name) && namespace.map(w.namespace()::equals).orElse(true))
        .sorted(Comparator.naturalOrder())
        .toList();
  }
}
