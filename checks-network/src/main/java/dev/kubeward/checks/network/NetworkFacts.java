package dev.kubeward.checks.network;

import dev.kubeward.core.index.Digest;
import dev.kubeward.core.index.IndexedResource;
import dev.kubeward.core.index.ResourceIndex;
import dev.kubeward.core.model.Anchor;
import dev.kubeward.core.model.Field;
import dev.kubeward.core.model.FieldPath;
import dev.kubeward.core.model.Resource;
import dev.kubeward.core.yaml.MapNode;
import dev.kubeward.core.yaml.ScalarNode;
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

  /**
   * A workload object's pod as the netpol model sees it, and where a finding about the object
   * points (its name).
   *
   * @param labels the {@link #labelHash} of each of the pod's labels, worked out in the first pass
   *     while the labels are at hand: the late phase tells from these few numbers, without reading
   *     the pod's label map, that a pod cannot match a selector (see {@link #mayCarry})
   */
  record WorkloadPod(Pod pod, Anchor name, int[] labels) {

    static WorkloadPod of(Pod pod, Anchor name) {
      int[] labels = new int[pod.labels().size()];
      int[] i = {0};
      pod.labels().forEach((k, v) -> labels[i[0]++] = labelHash(k, v)); // no entry iterator for each workload
      return new WorkloadPod(pod, name, labels);
    }

    /**
     * False when the pod surely has no label {@code key} with that value, the {@link #labelHash}
     * {@code hash}: equal labels have equal hashes. True when it may (then read its labels to know).
     */
    boolean mayCarry(int hash) {
      for (int h : labels) {
        if (h == hash) {
          return true;
        }
      }
      return false;
    }
  }

  /** A number for one label, its key and value together: equal labels give equal numbers. */
  static int labelHash(String key, String value) {
    return key.hashCode() * 31 + value.hashCode();
  }

  /** Read of every workload object in the first pass, so that the index need not keep their pod specs. */
  static final Digest<WorkloadPod> POD = new Digest<>("netpol pod", WORKLOAD_KINDS) {
    @Override
    public Optional<WorkloadPod> read(Resource r) {
      return ResourceReader.pod(r).map(p -> WorkloadPod.of(p, nameAnchor(r)));
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
      return Optional.of(new NamespaceEntry(ResourceReader.namespace(r), nameAnchor(r)));
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
  private final Map<ObjectKey, PolicyEntry> policies = new HashMap<>();
  /** The pods of each namespace (of every object, owned ones included), in input order. */
  private final Map<String, List<WorkloadPod>> podsByNamespace = new HashMap<>();
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
    Map<ObjectKey, Pod> pods = new HashMap<>();
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
    for (IndexedResource ir : index.ofKinds(WORKLOAD_KINDS)) {
      Optional<WorkloadPod> digest = ir.digest(POD);
      if (digest.isEmpty()) {
        continue;
      }
      Pod p = digest.get().pod();
      ObjectKey key = key(ir);
      allPods.add(p);
      podsByNamespace.computeIfAbsent(p.namespace(), k -> new ArrayList<>()).add(digest.get());
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
        topLevel.put(withPod.get(i), Optional.of(pod));
      }
    }
    this.cluster = Cluster.of(namespaces, allPods, allPolicies);
    cluster.policies().forEach(p -> policiesByNamespace.computeIfAbsent(p.namespace(), k -> new ArrayList<>()).add(p));
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
    return topLevel.getOrDefault(r, Optional.empty());
  }

  /**
   * Each workload object's answer to {@link #topLevelPod}, which five network checks ask of every
   * workload object: worked out for all of them when the picture is built, and only read after.
   */
  private final Map<IndexedResource, Optional<Pod>> topLevel = new IdentityHashMap<>();

  /**
   * Which policy selects which pod, in one namespace: {@link #isolating} (asked by five checks),
   * {@link #selectedPods} (two) and the rest are read from it, so that each policy's selector is
   * matched once against each pod of its namespace.
   *
   * @param selected policy → the pods of the namespace it selects, in input order
   * @param ingress pod → the policies selecting it with policy type Ingress, in input order
   * @param egress the same with policy type Egress
   */
  private record Selection(Map<NetworkPolicy, List<Pod>> selected, Map<Pod, List<NetworkPolicy>> ingress,
      Map<Pod, List<NetworkPolicy>> egress) {

    /**
     * Matches every policy with the pods of its namespace, policy by policy in input order: a
     * pod's lists are thus in policy order, as {@code Evaluator.isolating} gives them (the policies
     * of the pod's namespace, in input order, that select it and have the policy type). A policy
     * whose selector has {@code matchLabels} reads the labels only of the pods that may carry its
     * first label ({@link WorkloadPod#mayCarry}): a pod without it cannot match, as every label of
     * {@code matchLabels} must be there with its value.
     */
    static Selection of(List<WorkloadPod> pods, List<NetworkPolicy> policies) {
      Map<NetworkPolicy, List<Pod>> selected = new IdentityHashMap<>();
      Map<Pod, List<NetworkPolicy>> ingress = new IdentityHashMap<>();
      Map<Pod, List<NetworkPolicy>> egress = new IdentityHashMap<>();
      for (NetworkPolicy p : policies) {
        Map<String, String> matchLabels = p.podSelector().matchLabels();
        Map.Entry<String, String> first = matchLabels.isEmpty() ? null : matchLabels.entrySet().iterator().next();
        int hash = first == null ? 0 : labelHash(first.getKey(), first.getValue());
        List<Pod> out = new ArrayList<>();
        for (WorkloadPod w : pods) {
          Pod pod = w.pod();
          if ((first == null || w.mayCarry(hash)) && p.selects(pod)) {
            out.add(pod);
            if (p.affects(Direction.INGRESS)) {
              ingress.computeIfAbsent(pod, k -> new ArrayList<>(2)).add(p);
            }
            if (p.affects(Direction.EGRESS)) {
              egress.computeIfAbsent(pod, k -> new ArrayList<>(2)).add(p);
            }
          }
        }
        selected.put(p, out.isEmpty() ? List.of() : List.copyOf(out));
      }
      return new Selection(selected, ingress, egress);
    }
  }

  /** Namespace → its {@link Selection}, worked out on first use, on whichever thread of the late visits asks. */
  private final Map<String, Selection> selections = new java.util.concurrent.ConcurrentHashMap<>();

  private Selection selection(String namespace) {
    // Read first: a hit takes no lock (computeIfAbsent may lock the key's bin even when it is there).
    Selection known = selections.get(namespace);
    return known != null ? known : selections.computeIfAbsent(namespace,
        ns -> Selection.of(podsByNamespace.getOrDefault(ns, List.of()), policiesByNamespace.getOrDefault(ns, List.of())));
  }

  Optional<PolicyEntry> policy(IndexedResource r) {
    return Optional.ofNullable(policies.get(key(r)));
  }

  /**
   * The policies isolating {@code pod} (a pod of this picture) in {@code d}, in input order; empty
   * when it is not isolated there. Read from the selection of its namespace, not worked out again.
   */
  List<NetworkPolicy> isolating(Pod pod, Direction d) {
    Selection s = selection(pod.namespace());
    return (d == Direction.INGRESS ? s.ingress() : s.egress()).getOrDefault(pod, List.of());
  }

  /**
   * The pods (of every object, owned ones included) that {@code policy}, a policy of this picture,
   * selects, in input order: the pods of its namespace its selector matches.
   */
  List<Pod> selectedPods(NetworkPolicy policy) {
    return selection(policy.namespace()).selected().get(policy);
  }

  /** Whether {@code r} is the first top-level workload object of its namespace. */
  boolean firstWorkloadOfNamespace(IndexedResource r) {
    return key(r).equals(firstWorkload.get(r.namespace().isEmpty() ? "default" : r.namespace()));
  }

  boolean hasWorkloads(String namespace) {
    return firstWorkload.containsKey(namespace);
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

  /**
   * {@code Anchor.of(r.root().nearest("metadata", "name"))}, with the path's text written out in the usual case, where the
   * name is there: every workload and Namespace of a scan keeps this anchor, and the text is the same for all.
   */
  static Anchor nameAnchor(Resource r) {
    // The usual case read from the nodes, as Field.get reads them (a null name is no name), with no field made.
    if (r.root().node() instanceof MapNode root) {
      int m = root.indexOf("metadata");
      if (m >= 0 && root.value(m) instanceof MapNode meta) {
        int n = meta.indexOf("name");
        if (n >= 0 && !(meta.value(n) instanceof ScalarNode s && s.isNull())) {
          ScalarNode key = meta.key(n);
          return new Anchor("metadata.name", key.line(), key.column());
        }
      }
    }
    Optional<Field> metadata = r.root().get("metadata");
    Optional<Field> name = metadata.flatMap(m -> m.get("name"));
    if (name.isPresent()) {
      return new Anchor("metadata.name", name.get().line(), name.get().column());
    }
    return Anchor.of(metadata.orElse(r.root()));
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
