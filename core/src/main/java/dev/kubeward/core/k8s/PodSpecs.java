package dev.kubeward.core.k8s;

import dev.kubeward.core.model.Field;
import dev.kubeward.core.model.Resource;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

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

  private static final java.util.Set<String> BUILT_IN_GROUPS =
      java.util.Set.of("", "apps", "batch", "extensions", "apps/v1beta1", "apps/v1beta2");

  private PodSpecs() {}

  /**
   * Every kind name that may carry a pod spec (built-in and known custom kinds, and Pod), for
   * checks that visit workloads by kind; {@link #of} still decides by group and kind.
   */
  public static java.util.Set<String> kindNames() {
    java.util.Set<String> names = new java.util.TreeSet<>(BUILT_IN.keySet());
    CUSTOM.keySet().forEach(k -> names.add(k.substring(k.indexOf('/') + 1)));
    names.add("Pod");
    return java.util.Set.copyOf(names);
  }

  /** Whether the kind carries a pod spec, without reading the object. */
  public static boolean isWorkloadKind(String group, String kind) {
    return templatePath(group, kind).isPresent() || (kind.equals("Pod") && group.isEmpty());
  }

  private static Optional<String[]> templatePath(String group, String kind) {
    String[] custom = CUSTOM.get(group + "/" + kind);
    if (custom != null) {
      return Optional.of(custom);
    }
    if (BUILT_IN_GROUPS.contains(group) || group.endsWith(".k8s.io")) {
      return Optional.ofNullable(BUILT_IN.get(kind));
    }
    return Optional.empty();
  }

  /**
   * The resource's pod spec, with the metadata that goes with it (the pod template's, or the
   * Pod's own); empty if the kind has none or the object has no spec there.
   */
  public static Optional<PodSpecView> of(Resource r) {
    return specPath(r).flatMap(path -> {
      if (path.length == 1) {
        return r.root().get("spec").filter(Field::isMap).map(spec -> new PodSpecView(r, spec, r.metadata()));
      }
      Optional<Field> template = r.root().at(Arrays.copyOf(path, path.length - 1));
      return template.flatMap(
          t -> t.get("spec").filter(Field::isMap).map(spec -> new PodSpecView(r, spec, t.get("metadata"))));
    });
  }

  /** The keys from the root to the pod spec: {@code spec} for a Pod, {@code spec.template.spec} for a Deployment. */
  static Optional<String[]> specPath(Resource r) {
    if (r.kind().equals("Pod") && r.group().isEmpty()) {
      return Optional.of(new String[] {"spec"});
    }
    return templatePath(r.group(), r.kind()).map(t -> {
      String[] path = Arrays.copyOf(t, t.length + 1);
      path[t.length] = "spec";
      return path;
    });
  }
}
