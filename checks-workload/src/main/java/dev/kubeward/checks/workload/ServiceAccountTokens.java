package dev.kubeward.checks.workload;

import dev.kubeward.core.index.IndexedResource;
import dev.kubeward.core.index.ResourceIndex;
import dev.kubeward.core.k8s.PodSpecView;
import dev.kubeward.core.model.Field;
import java.util.List;

/**
 * Whether a pod gets a token of its service account. Kubernetes mounts one unless the pod's
 * automountServiceAccountToken says false or, when the pod says nothing, its ServiceAccount's
 * does; a projected serviceAccountToken volume brings one whatever either says.
 */
final class ServiceAccountTokens {

  private ServiceAccountTokens() {}

  /** Whether the ServiceAccount, when the input has it, turns the automatic mount off. */
  static boolean accountDisablesAutomount(ResourceIndex index, String namespace, String account) {
    return index.find("ServiceAccount", namespace, account)
        .flatMap(IndexedResource::retained)
        .flatMap(sa -> sa.root().get("automountServiceAccountToken"))
        .flatMap(Field::bool)
        .filter(b -> !b)
        .isPresent();
  }

  /** Whether a volume of the pod projects a service account token explicitly. */
  static boolean projected(PodSpecView pod) {
    return pod.volumes().stream()
        .flatMap(v -> v.at("projected", "sources").map(Field::items).orElse(List.of()).stream())
        .anyMatch(source -> source.get("serviceAccountToken").isPresent());
  }
}
