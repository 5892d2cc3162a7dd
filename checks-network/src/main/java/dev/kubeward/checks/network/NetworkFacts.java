package dev.kubeward.checks.network;

import dev.kubeward.core.index.Digest;
import dev.kubeward.core.index.IndexedResource;
import dev.kubeward.core.index.ResourceIndex;
import dev.kubeward.core.model.Anchor;
import dev.kubeward.core.model.Field;
import dev.kubeward.core.model.FieldPath;
import dev.kubeward.core.model.Resource;
import dev.kubeward.netpol.analysis.Evaluator;
import dev.kubeward.netpol.model.Cluster;
import dev.kubeward.netpol.model.Direction;
import dev.kubeward.netpol.model.Namespace;
import dev.kubeward.netpol.model.NetworkPolicy;
import dev.kubeward.netpol.model.Peer;
import dev.kubeward.netpol.model.Pod;
import dev.kubeward.netpol.model.Rule;
import dev.kubeward.netpol.model.Source;
import dev.kubeward.netpol.read.ResourceReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The network picture of one scan, built once from the index and shared by every network check:
 * the netpol {@link Cluster} (namespaces, one pod per workload-like object, NetworkPolicies read
 * with the API server's validation and defaulting) and the pod and policy of each indexed object.
 * Holds no resource tree, only the small netpol values: the network checks retain no kind, and
 * every finding points at an {@link Anchor} (or a {@link Place}) a digest kept.
 */
final class NetworkFacts {

  /** The kinds of workload objects whose pods policies select. */
  static final Set<String> WORKLOAD_KINDS = Set.of("Pod", "Deployment", "ReplicaSet", "StatefulSet", "DaemonSet", "Job",
      "CronJob", "ReplicationController", "Rollout", "CloneSet", "DeploymentConfig");

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

  /**
   * A valid NetworkPolicy and where a finding about its pod selector points ({@code spec.podSelector},
   * or the nearest field above it). Findings about a rule's port point at the port's item, whose
   * place the policy knows already: see {@link #portPlace}.
   */
  record PolicyEntry(NetworkPolicy policy, Place podSelector) {}

  /** A NetworkPolicy read with the API server's validation and defaulting, when it is valid. */
  static final Digest<PolicyEntry> POLICY = new Digest<>("NetworkPolicy", Set.of("NetworkPolicy")) {
    @Override
    public Optional<PolicyEntry> read(Resource r) {
      return ResourceReader.policy(r).map(p -> new PolicyEntry(p, Place.of(r.root().nearest("spec", "podSelector"))));
    }
  };

  /**
   * Where a late finding points, as an {@link Anchor} gives it, but with the path kept as a
   * {@link FieldPath}: its text is made only when a finding is reported.
   */
  record Place(FieldPath path, int line, int column) {

    static Place of(Field f) {
      return new Place(f.path(), f.line(), f.column());
    }

    /** The anchor a finding is reported at: {@code Anchor.of} of the field this place was read from. */
    Anchor anchor() {
      return new Anchor(path.toString(), line, column);
    }
  }

  /**
   * Where the {@code i}th port (from 0) of ingress or egress rule {@code r} of a valid policy is
   * written: item {@code i} of the rule's {@code ports}, at the position the port kept. A policy
   * is valid only when every item of its rule lists and port lists was read (any item that is not
   * read is an error, and an error leaves the policy out), so rule {@code r} is item
   * {@code r.index() - 1} of {@code spec.ingress} (or {@code spec.egress}) and its ports are the
   * items of its {@code ports} in order. NetworkFactsTest holds this to the fields of the tree.
   */
  static Place portPlace(Rule r, int i) {
    Source at = r.ports().get(i).source();
    FieldPath path = FieldPath.ROOT.key("spec").key(r.direction() == Direction.INGRESS ? "ingress" : "egress")
        .index(r.index() - 1).key("ports").index(i);
    return new Place(path, at.line(), at.column());
  }

  /** Every digest of the picture: every network check asks for them, so any one check alone sees it. */
  static final Set<Digest<?>> DIGESTS = Set.of(POD, NAMESPACE, POLICY);

  /** The label that marks a namespace as sensitive for the network checks. */
  static final String SENSITIVE_LABEL = "kubeward.dev/sensitive";

  private final Cluster cluster;
  private final Evaluator evaluator;
  private final Map<ObjectKey, Pod> pods = new HashMap<>();
  private final Map<ObjectKey, PolicyEntry> policies = new HashMap<>();
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
        allPolicies.add(p.policy());
        policies.put(key(ir), p);
      });
    }
    List<IndexedResource> withPod = new ArrayList<>();
    List<ObjectKey> withPodKeys = new ArrayList<>();
    for (IndexedResource ir : index.all()) {
      if (!WORKLOAD_KINDS.contains(ir.kind())) {
        continue;
      }
      Optional<WorkloadPod> digest = ir.digest(POD);
      if (digest.isEmpty()) {
        continue;
      }
      Pod p = digest.get().pod();
      ObjectKey key = key(ir);
      allPods.add(p);
      pods.put(key, p);
      withPod.add(ir);
      withPodKeys.add(key);
      if (!ownerInInput(ir, index) && representative.putIfAbsent(p.workload(), key) == null) {
        firstWorkload.putIfAbsent(p.namespace(), key);
      }
    }
    for (int i = 0; i < withPod.size(); i++) {
      ObjectKey key = withPodKeys.get(i);
      Pod pod = pods.get(key);
      if (key.equals(representative.get(pod.workload()))) {
        topLevel.put(withPod.get(i), represented.computeIfAbsent(pod, Represented::new));
      }
    }
    this.cluster = Cluster.of(namespaces, allPods, allPolicies);
    cluster.pods().forEach(p -> podsByNamespace.computeIfAbsent(p.namespace(), k -> new ArrayList<>()).add(p));
    cluster.policies().forEach(p -> policiesByNamespace.computeIfAbsent(p.namespace(), k -> new ArrayList<>()).add(p));
    this.evaluator = new Evaluator(cluster);
  }

  private static boolean ownerInInput(IndexedResource ir, ResourceIndex index) {
    for (IndexedResource.Owner o : ir.owners()) {
      if (index.find(o.kind(), ir.namespace(), o.name()).isPresent()) {
        return true;
      }
    }
    return false;
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
    Represented x = topLevel.get(r);
    return x == null ? Optional.empty() : x.pod;
  }

  /**
   * Each workload object's answer to {@link #topLevelPod}, which five network checks ask of every
   * workload object: worked out for all of them when the picture is built, and only read after.
   */
  private final Map<IndexedResource, Represented> topLevel = new IdentityHashMap<>();
  /** The same answers by pod, for {@link #isolating}. */
  private final Map<Pod, Represented> represented = new IdentityHashMap<>();

  /**
   * The pod of objects that represent their workload, and the policies isolating it in each
   * direction, worked out on first use (several checks ask). Two threads may work one out at the
   * same time: they find equal lists, and either is kept.
   */
  private final class Represented {
    final Optional<Pod> pod;
    private volatile List<NetworkPolicy> ingress;
    private volatile List<NetworkPolicy> egress;

    Represented(Pod pod) {
      this.pod = Optional.of(pod);
    }

    List<NetworkPolicy> isolating(Direction d) {
      List<NetworkPolicy> out = d == Direction.INGRESS ? ingress : egress;
      if (out == null) {
        out = List.copyOf(evaluator.isolating(pod.get(), d));
        if (d == Direction.INGRESS) {
          ingress = out;
        } else {
          egress = out;
        }
      }
      return out;
    }
  }

  Optional<PolicyEntry> policy(IndexedResource r) {
    return Optional.ofNullable(policies.get(key(r)));
  }

  /** The policies isolating {@code pod} in {@code d}; empty when it is not isolated there. Asked by several checks: worked out once. */
  List<NetworkPolicy> isolating(Pod pod, Direction d) {
    Represented x = represented.get(pod);
    return x != null ? x.isolating(d) : List.copyOf(evaluator.isolating(pod, d));
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
   * Where a finding about a workload or a Namespace points: its name, kept by {@link #POD} for a
   * workload (the findings on workloads are about objects with a pod) and by {@link #NAMESPACE}
   * for a Namespace.
   */
  static Anchor nameOf(IndexedResource r) {
    return r.digest(POD).map(WorkloadPod::name)
        .or(() -> r.digest(NAMESPACE).map(NamespaceEntry::name))
        .orElseThrow(() -> new IllegalStateException("no network digest of " + r.kind() + " " + r.name()));
  }

  /** "file:line" of a netpol source, for messages. */
  static String at(dev.kubeward.netpol.model.Source s) {
    return s.file() + ":" + s.line();
  }
}
