package dev.kubeward.checks.data;

import dev.kubeward.core.index.IndexedResource;
import dev.kubeward.core.index.ResourceIndex;
import dev.kubeward.core.k8s.PodSpecView;
import dev.kubeward.core.model.Field;
import dev.kubeward.core.model.Resource;
import java.util.Map;
import java.util.Optional;

/**
 * Istio and Linkerd facts that the mesh checks share. Istio custom resources are read from the
 * document tree (no typed classes): any served version of {@code security.istio.io} and
 * {@code networking.istio.io}. Istio's root namespace (meshConfig.rootNamespace) is
 * {@code istio-system} unless a check's {@code rootNamespace} option says otherwise.
 */
final class Mesh {

  private Mesh() {}

  static final String DEFAULT_ROOT_NAMESPACE = "istio-system";

  static boolean security(Resource r) {
    return r.group().equals("security.istio.io");
  }

  static boolean networking(Resource r) {
    return r.group().equals("networking.istio.io");
  }

  /** Whether a policy selects workloads (selector with labels, or targetRef(s)); otherwise it covers its namespace. */
  static boolean workloadScoped(Resource r) {
    Optional<Field> spec = r.root().get("spec");
    return spec.flatMap(s -> s.at("selector", "matchLabels")).filter(f -> !f.entries().isEmpty()).isPresent()
        || spec.flatMap(s -> s.get("targetRef")).isPresent()
        || spec.flatMap(s -> s.get("targetRefs")).filter(f -> !f.items().isEmpty()).isPresent();
  }

  /** "mesh-wide", "namespace-wide in X" or "for the workloads it selects in X", for messages. */
  static String scope(Resource r, String rootNamespace) {
    String ns = r.namespace().orElse("");
    if (workloadScoped(r)) {
      return "for the workloads it selects" + (ns.isEmpty() ? "" : " in " + ns);
    }
    if (ns.equals(rootNamespace)) {
      return "mesh-wide (root namespace " + rootNamespace + ")";
    }
    return ns.isEmpty() ? "for the namespace it is applied to" : "namespace-wide in " + ns;
  }

  static boolean meshWide(Resource r, String rootNamespace) {
    return !workloadScoped(r) && r.namespace().filter(rootNamespace::equals).isPresent();
  }

  /**
   * Whether Istio's injector would skip this pod because it opts out: the pod (template) label
   * {@code sidecar.istio.io/inject}, or when there is no such label the annotation of that name,
   * is {@code "false"} (current injectors read exactly "true" and "false"). Returns the field that
   * says so.
   */
  static Optional<Field> istioOptOut(PodSpecView pod) {
    Optional<Field> label = pod.metadata().flatMap(m -> m.at("labels", "sidecar.istio.io/inject"));
    Optional<Field> decisive = label.isPresent() ? label : pod.annotation("sidecar.istio.io/inject");
    return decisive.filter(f -> f.text().filter("false"::equals).isPresent());
  }

  /**
   * Whether the namespace, when the input has it, asks Istio's sidecar injector for its pods: label
   * {@code istio-injection=enabled}, or a revision label {@code istio.io/rev} without an
   * {@code istio-injection} label, as the injector's webhooks select namespaces.
   */
  static Optional<String> istioInjecting(ResourceIndex index, String namespace) {
    return index.find("Namespace", "", namespace).flatMap(ns -> {
      Map<String, String> labels = ns.labels();
      if ("enabled".equals(labels.get("istio-injection"))) {
        return Optional.of("istio-injection=enabled");
      }
      if (!labels.containsKey("istio-injection") && labels.containsKey("istio.io/rev")) {
        return Optional.of("istio.io/rev=" + labels.get("istio.io/rev"));
      }
      return Optional.empty();
    });
  }

  /** The namespace's {@code linkerd.io/inject} annotation when it asks for the proxy (enabled or ingress). */
  static Optional<String> linkerdInjecting(ResourceIndex index, String namespace) {
    return index.find("Namespace", "", namespace).flatMap(IndexedResource::retained)
        .flatMap(ns -> Optional.ofNullable(ns.annotations().get("linkerd.io/inject")))
        .filter(v -> v.equals("enabled") || v.equals("ingress"));
  }
}
