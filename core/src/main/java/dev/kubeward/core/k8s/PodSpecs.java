package dev.kubeward.core.k8s;

import dev.kubeward.core.model.Field;
import dev.kubeward.core.model.Resource;
import dev.kubeward.core.yaml.MapNode;
import dev.kubeward.core.yaml.Node;
import dev.kubeward.core.yaml.SeqNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The one place that knows where each workload-like kind keeps its pod spec, so that no check is
 * written per kind. Built-in kinds are matched by kind whatever their (possibly deprecated)
 * group; custom resources by group and kind.
 */
public final class PodSpecs {

  private static final String[] TEMPLATE = {"spec", "template"};

  private static final Map<String, String[]> BUILT_IN =
      Map.of(
          "Deployment", TEMPLATE,
          "ReplicaSet", TEMPLATE,
          "StatefulSet", TEMPLATE,
          "DaemonSet", TEMPLATE,
          "Job", TEMPLATE,
          "ReplicationController", TEMPLATE,
          "CronJob", new String[] {"spec", "jobTemplate", "spec", "template"},
          "PodTemplate", new String[] {"template"});

  private static final Map<String, String[]> CUSTOM =
      Map.of(
          "argoproj.io/Rollout", TEMPLATE,
          "apps.kruise.io/CloneSet", TEMPLATE,
          "apps.kruise.io/StatefulSet", TEMPLATE,
          "apps.kruise.io/DaemonSet", TEMPLATE,
          "serving.knative.dev/Service", new String[] {"spec", "template"},
          "serving.knative.dev/Configuration", new String[] {"spec", "template"},
          "apps.openshift.io/DeploymentConfig", TEMPLATE);

  private static final Set<String> BUILT_IN_GROUPS =
      Set.of("", "apps", "batch", "extensions", "apps/v1beta1", "apps/v1beta2");

  private PodSpecs() {}

  /**
   * Every kind name that may carry a pod spec (built-in and known custom kinds, and Pod), for
   * checks that visit workloads by kind; {@link #of} still decides by group and kind.
   */
  public static Set<String> kindNames() {
    Set<String> names = new java.util.TreeSet<>(BUILT_IN.keySet());
    CUSTOM.keySet().forEach(k -> names.add(k.substring(k.indexOf('/') + 1)));
    names.add("Pod");
    return java.util.Set.copyOf(names);
  }

  /** Whether the kind carries a pod spec, without reading the object. */
  public static boolean isWorkloadKind(String group, String kind) {
    return templatePath(group, kind) != null || (kind.equals("Pod") && group.isEmpty());
  }

  /** The keys to the pod template, or null when the kind has none. */
  private static String[] templatePath(String group, String kind) {
    // No custom group is a built-in one: the concatenation is only for groups that may be custom.
    if (BUILT_IN_GROUPS.contains(group) || group.endsWith(".k8s.io")) {
      return BUILT_IN.get(kind);
    }
    return CUSTOM_KINDS.contains(kind) ? CUSTOM.get(group + "/" + kind) : null;
  }

  private static final Set<String> CUSTOM_KINDS =
      CUSTOM.keySet().stream().map(k -> k.substring(k.indexOf('/') + 1)).collect(java.util.stream.Collectors.toUnmodifiableSet());

  private static final String[] POD_SPEC = {"spec"};

  /** The last resource whose pod spec was read on this thread, the keys to it, and that pod spec. */
  private record Last(Resource resource, String[] path, Optional<PodSpecView> pod) {}

  /**
   * The engine, the pod-spec shape report and many rules ask for the same resource's pod spec in
   * turn, on the thread checking it: they share one view, so its containers are listed, and their
   * images parsed and security contexts merged, once. A view is immutable but for those caches.
   */
  private static final ThreadLocal<Last> LAST = new ThreadLocal<>();

  /**
   * The resource's pod spec, with the metadata that goes with it (the pod template's, or the
   * Pod's own); empty if the kind has none or the object has no spec there.
   */
  public static Optional<PodSpecView> of(Resource r) {
    Last last = LAST.get();
    if (last != null && last.resource() == r) {
      return last.pod();
    }
    String[] path = specPath(r);
    Optional<PodSpecView> pod = read(r, path);
    LAST.set(new Last(r, path, pod));
    return pod;
  }

  /** {@link #specPath}, as {@link #of} found it when it read the same resource last on this thread (the shape report asks next). */
  static String[] knownSpecPath(Resource r) {
    Last last = LAST.get();
    return last != null && last.resource() == r ? last.path() : specPath(r);
  }

  private static Optional<PodSpecView> read(Resource r, String[] path) {
    if (path == null) {
      return Optional.empty();
    }
    if (path.length == 1) {
      return r.root().get("spec").filter(Field::isMap).map(spec -> new PodSpecView(r, spec, r.metadata()));
    }
    Field template = r.root();
    for (int i = 0; i < path.length - 1; i++) {
      Optional<Field> next = template.get(path[i]);
      if (next.isEmpty()) {
        return Optional.empty();
      }
      template = next.get();
    }
    Optional<Field> spec = template.get("spec");
    if (spec.isEmpty() || !spec.get().isMap()) {
      return Optional.empty();
    }
    return Optional.of(new PodSpecView(r, spec.get(), template.get("metadata")));
  }

  /**
   * The keys from the root to the pod spec: {@code spec} for a Pod, {@code spec.template.spec} for
   * a Deployment; null when the kind has no pod spec. Not to be modified.
   */
  static String[] specPath(Resource r) {
    if (r.kind().equals("Pod") && r.group().isEmpty()) {
      return POD_SPEC;
    }
    String[] t = templatePath(r.group(), r.kind());
    return t == null ? null : SPEC_PATHS.get(t);
  }

  /** Each template path with {@code spec} appended, made once. */
  private static final Map<String[], String[]> SPEC_PATHS = specPaths();

  private static Map<String[], String[]> specPaths() {
    Map<String[], String[]> out = new java.util.IdentityHashMap<>();
    for (String[] t : BUILT_IN.values()) {
      out.put(t, appendSpec(t));
    }
    for (String[] t : CUSTOM.values()) {
      out.put(t, appendSpec(t));
    }
    return java.util.Collections.unmodifiableMap(out);
  }

  private static String[] appendSpec(String[] t) {
    String[] path = Arrays.copyOf(t, t.length + 1);
    path[t.length] = "spec";
    return path;
  }

  /** What a kept pod spec keeps of each container: who it is and what it listens on. */
  private static final Set<String> KEPT_CONTAINER_FIELDS = Set.of("name", "image", "ports", "restartPolicy");

  private static final Set<String> CONTAINER_LISTS = Set.of("containers", "initContainers", "ephemeralContainers");

  /** What a kept pod spec keeps besides its containers: the identity it runs as and its network namespace. */
  private static final Set<String> KEPT_POD_FIELDS = Set.of(
      "serviceAccountName", "serviceAccount", "automountServiceAccountToken", "hostNetwork", "nodeName");

  /**
   * The resource as the cross-resource index keeps it: whole, except that its pod spec keeps only
   * the service account, token automount, host network and node name, and of each container its
   * name, image, ports and restart policy. Cross-resource checks read identities, labels,
   * annotations, service accounts and ports, never what a container runs, mounts or where it is
   * scheduled, which is most of a workload's tree. Positions are kept.
   */
  public static Resource forIndex(Resource r) {
    String[] path = specPath(r);
    if (path == null || !(r.root().node() instanceof MapNode root)) {
      return r;
    }
    return new Resource(r.file(), r.document(), r.ref(), Field.root(pruned(root, path, 0)));
  }

  private static MapNode pruned(MapNode map, String[] path, int depth) {
    List<MapNode.Entry> out = new ArrayList<>(map.size());
    for (MapNode.Entry e : map.entries()) {
      if (depth < path.length && e.name().equals(path[depth]) && e.value() instanceof MapNode m) {
        out.add(new MapNode.Entry(e.key(), pruned(m, path, depth + 1)));
      } else if (depth == path.length && !CONTAINER_LISTS.contains(e.name()) && !KEPT_POD_FIELDS.contains(e.name())) {
        continue;
      } else if (depth == path.length && CONTAINER_LISTS.contains(e.name()) && e.value() instanceof SeqNode seq) {
        List<Node> containers = new ArrayList<>(seq.items().size());
        for (Node c : seq.items()) {
          containers.add(c instanceof MapNode cm ? keep(cm, KEPT_CONTAINER_FIELDS) : c);
        }
        out.add(new MapNode.Entry(e.key(), new SeqNode(containers, seq.line(), seq.column())));
      } else {
        out.add(e);
      }
    }
    return new MapNode(out, map.line(), map.column());
  }

  private static MapNode keep(MapNode map, Set<String> names) {
    List<MapNode.Entry> out = new ArrayList<>();
    for (MapNode.Entry e : map.entries()) {
      if (names.contains(e.name())) {
        out.add(e);
      }
    }
    return new MapNode(out, map.line(), map.column());
  }
}
