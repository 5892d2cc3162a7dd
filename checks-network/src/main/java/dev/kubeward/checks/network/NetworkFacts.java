package dev.kubeward.checks.network;

import dev.kubeward.core.index.Digest;
import dev.kubeward.core.index.IndexedResource;
import dev.kubeward.core.index.ResourceIndex;
import dev.kubeward.core.model.Anchor;
import dev.kubeward.core.model.Field;
import dev.kubeward.core.model.Resource;
import dev.kubeward.netpol.analysis.Evaluator;
import dev.kubeward.netpol.model.Cluster;
import dev.kubeward.netpol.model.Direction;
import dev.kubeward.netpol.model.Namespace;
import dev.kubeward.netpol.model.NetworkPolicy;
import dev.kubeward.netpol.model.Peer;
import dev.kubeward.netpol.model.Pod;
import dev.kubeward.netpol.model.Rule;
import dev.kubeward.netpol.read.ResourceReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The network picture of one scan, built once from the index and shared by every network check:
 * the netpol {@link Cluster} (namespaces, one pod per workload-like object, NetworkPolicies read
 * with the API server's validation and defaulting) and the pod and policy of each indexed object.
 * Holds no resource tree, only the small netpol values.
 */
final class NetworkFacts {

  /** The kinds of workload objects whose pods policies select. */
  static final Set<String> WORKLOAD_KINDS = Set.of("Pod", "Deployment", "ReplicaSet", "StatefulSet", "DaemonSet", "Job",
      "CronJob", "ReplicationController", "Rollout", "CloneSet", "DeploymentConfig");

  /**
   * The kinds the network checks need whole: NetworkPolicies, whose rules and ports findings
   * point into. The picture itself is put together from digests read in the first pass:
   * {@link #POD}, {@link #NAMESPACE}, {@link #POLICY}.
   */
  static final Set<String> RETAINED = Set.of("NetworkPolicy");

  /** Every digest of the picture: every network check asks for them, so any one check alone sees it. */
  static final Set<Digest<?>> DIGESTS;

  /** A workload object's pod as the netpol model sees it, and where a finding about the object points (its name). */
  record WorkloadPod(Pod pod, Anchor name) {}

  /** Read of every workload object in the first pass, so that the index need not keep their pod specs. */
  static final Digest<WorkloadPod> POD = new Digest<>("netpol pod", WORKLOAD_KINDS) {
    @Override
    public Optional<WorkloadPod> read(Resource r) {
      return ResourceReader.pod(r).map(p -> new WorkloadPod(p, Anchor.of(nameOf(r))));
    }
  };

  /**
   * A Namespace as the netpol model sees it (none for a kind named Namespace outside the core
   * group), and where a finding about the object points (its name): the network checks visit
   * every object of the kind.
   */
  record NamespaceEntry(Optional<Namespace> namespace, Anchor name) {}

  static final Digest<NamespaceEntry> NAMESPACE = new Digest<>("netpol namespace", Set.of("Namespace")) {
    @Override
    public Optional<NamespaceEntry> read(Resource r) {
      return Optional.of(new NamespaceEntry(ResourceReader.namespace(r), Anchor.of(nameOf(r))));
    }
  };

  /** A NetworkPolicy read with the API server's validation and defaulting, when it is valid. */
  static final Digest<NetworkPolicy> POLICY = new Digest<>("NetworkPolicy", Set.of("NetworkPolicy")) {
    @Override
    public Optional<NetworkPolicy> read(Resource r) {
      return ResourceReader.policy(r);
    }
  };

  static {
    DIGESTS = Set.of(POD, NAMESPACE, POLICY);
  }

  /** The label that marks a namespace as sensitive for the network checks. */
  static final String SENSITIVE_LABEL = "kubeward.dev/sensitive";

  private final Cluster cluster;
  private final Evaluator evaluator;
  private final Map<ObjectKey, Pod> pods = new HashMap<>();
  private final Map<ObjectKey, NetworkPolicy> policies = new HashMap<>();
  private final Map<String, List<Pod>> podsByNamespace = new HashMap<>();
  private final Map<String, List<NetworkPolicy>> policiesByNamespace = new HashMap<>();
  /**
   * Workload → the object its findings sit on: the first of its objects whose owner is not in the
   * input (a Deployment, not its ReplicaSets and Pods; one of a ReplicaSet's Pods when only they are).
   */
  private final Map<dev.kubeward.netpol.model.Workload, ObjectKey> representative = new HashMap<>();
  /** Namespace → the first representative workload object in it, in input order. */
  private final Map<String, ObjectKey> firstWorkload = new LinkedHashMap<>();

  NetworkFacts(ResourceIndex index) {
    List<Namespace> namespaces = new ArrayList<>();
    List<Pod> allPods = new ArrayList<>();
    List<NetworkPolicy> allPolicies = new ArrayList<>();
    for (IndexedResource ir : index.ofKind("Namespace")) {
      ir.digest(NAMESPACE).flatMap(NamespaceEntry::namespace).ifPresent(namespaces::add);
    }
    for (IndexedResource ir : index.ofKind("NetworkPolicy")) {
      ir.digest(POLICY).ifPresent(p -> {
        allPolicies.add(p);
        policies.put(key(ir), p);
      });
    }
    for (IndexedResource ir : index.all()) {
      if (!WORKLOAD_KINDS.contains(ir.kind())) {
        continue;
      }
      ir.digest(POD).map(WorkloadPod::pod).ifPresent(p -> {
        allPods.add(p);
        pods.put(key(ir), p);
        boolean ownerInInput = ir.owners().stream().anyMatch(o -> index.find(o.kind(), ir.namespace(), o.name()).isPresent());
        if (!ownerInInput && representative.putIfAbsent(p.workload(), key(ir)) == null) {
          firstWorkload.putIfAbsent(p.namespace(), key(ir));
        }
      });
    }
    this.cluster = Cluster.of(namespaces, allPods, allPolicies);
    cluster.pods().forEach(p -> podsByNamespace.computeIfAbsent(p.namespace(), k -> new ArrayList<>()).add(p));
    cluster.policies().forEach(p -> policiesByNamespace.computeIfAbsent(p.namespace(), k -> new ArrayList<>()).add(p));
    this.evaluator = new Evaluator(cluster);
  }

  /** An object's kind, namespace and name: a map key that costs no string building. */
  private record ObjectKey(String kind, String namespace, String name) {}

  private static ObjectKey key(IndexedResource r) {
    return new ObjectKey(r.kind(), r.namespace(), r.name());
  }

  Cluster cluster() {
    return cluster;
  }

  /**
   * The pod of a workload object when the object represents its workload: an owned ReplicaSet or
   * Pod whose owner is in the input is judged through its owner, and the pods of one owner once,
   * so one problem gives one finding.
   */
  Optional<Pod> topLevelPod(IndexedResource r) {
    return topLevel.computeIfAbsent(r, x -> {
      ObjectKey key = key(x);
      Pod pod = pods.get(key);
      return pod != null && key.equals(representative.get(pod.workload())) ? Optional.of(pod) : Optional.empty();
    });
  }

  /**
   * Each visited object's answer to {@link #topLevelPod}, which five network checks ask of every
   * workload object; keyed by the index's own entries, which the index holds as long as this picture lives.
   */
  private final Map<IndexedResource, Optional<Pod>> topLevel = java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());

  Optional<NetworkPolicy> policy(IndexedResource r) {
    return Optional.ofNullable(policies.get(key(r)));
  }

  private final Map<Pod, List<NetworkPolicy>> isolatingIngress = java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());
  private final Map<Pod, List<NetworkPolicy>> isolatingEgress = java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());

  /** The policies isolating {@code pod} in {@code d}; empty when it is not isolated there. Asked by several checks: worked out once. */
  List<NetworkPolicy> isolating(Pod pod, Direction d) {
    return (d == Direction.INGRESS ? isolatingIngress : isolatingEgress)
        .computeIfAbsent(pod, p -> List.copyOf(evaluator.isolating(p, d)));
  }

  /** Whether {@code r} is the first top-level workload object of its namespace. */
  boolean firstWorkloadOfNamespace(IndexedResource r) {
    return key(r).equals(firstWorkload.get(r.namespace().isEmpty() ? "default" : r.namespace()));
  }

  boolean hasWorkloads(String namespace) {
    return firstWorkload.containsKey(namespace);
  }

  /** Pods (of every object, owned ones included) in {@code namespace}. */
  List<Pod> podsIn(String namespace) {
    return podsByNamespace.getOrDefault(namespace, List.of());
  }

  /**
   * Whether {@code namespace} has a default deny in direction {@code d}: a policy selecting
   * every pod ({@code podSelector: {}}) with that policy type and no rule in it.
   */
  boolean defaultDeny(String namespace, Direction d) {
    return policiesByNamespace.getOrDefault(namespace, List.of()).stream().anyMatch(p -> p.podSelector().isEmpty()
        && p.affects(d) && p.rules(d).isEmpty());
  }

  /** Whether {@code namespace} is sensitive: kube-system, labelled {@value #SENSITIVE_LABEL}=true, or named in {@code extra}. */
  boolean sensitive(String namespace, List<String> extra) {
    return namespace.equals("kube-system") || extra.contains(namespace)
        || cluster.namespace(namespace).map(n -> "true".equals(n.labels().get(SENSITIVE_LABEL))).orElse(false);
  }

  /** A rule's peer that admits the whole IPv4 or IPv6 internet: an ipBlock of prefix length 0. */
  static Optional<Peer.IpBlock> everyAddress(Rule r) {
    for (Peer p : r.peers()) {
      if (p instanceof Peer.IpBlock b && b.cidr().prefix() == 0) {
        return Optional.of(b);
      }
    }
    return Optional.empty();
  }

  /** Where a finding about a workload or policy object points: its name. */
  static Field nameOf(Resource r) {
    return r.root().nearest("metadata", "name");
  }

  /**
   * Where a finding about an indexed object points: its name, kept by {@link #POD} for a
   * workload and by {@link #NAMESPACE} for a Namespace, read from the retained tree otherwise.
   */
  static Anchor nameOf(IndexedResource r) {
    return r.digest(POD).map(WorkloadPod::name)
        .or(() -> r.digest(NAMESPACE).map(NamespaceEntry::name))
        .orElseGet(() -> Anchor.of(nameOf(r.retained().orElseThrow())));
  }

  /** The field of rule {@code r} in the policy object, else the policy's name. */
  static Field ruleField(Resource policy, Rule r) {
    String list = r.direction() == Direction.INGRESS ? "ingress" : "egress";
    return policy.root().at("spec", list).map(Field::items).filter(items -> items.size() >= r.index())
        .map(items -> items.get(r.index() - 1)).orElseGet(() -> nameOf(policy));
  }

  /** "file:line" of a netpol source, for messages. */
  static String at(dev.kubeward.netpol.model.Source s) {
    return s.file() + ":" + s.line();
  }
}
