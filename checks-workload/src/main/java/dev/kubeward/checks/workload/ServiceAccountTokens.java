package dev.kubeward.checks.workload;

import dev.kubeward.core.index.Digest;
import dev.kubeward.core.index.ResourceIndex;
import dev.kubeward.core.k8s.PodSpecView;
import dev.kubeward.core.model.Field;
import dev.kubeward.core.model.Resource;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a pod gets a token of its service account. Kubernetes mounts one unless the pod's
 * automountServiceAccountToken says false or, when the pod says nothing, its ServiceAccount's
 * does; a projected serviceAccountToken volume brings one whatever either says.
 */
final class ServiceAccountTokens {

  private ServiceAccountTokens() {}

  /** A ServiceAccount's automountServiceAccountToken, when it says true or false: all the checks need of it. */
  static final Digest<Boolean> AUTOMOUNT = new Digest<>("automountServiceAccountToken", Set.of("ServiceAccount")) {
    @Override
    public Optional<Boolean> read(Resource r) {
      return r.root().get("automountServiceAccountToken").flatMap(Field::bool);
    }
  };

  /** Whether the ServiceAccount, when the input has it, turns the automatic mount off. */
  static boolean accountDisablesAutomount(ResourceIndex index, String namespace, String account) {
    return index.find("ServiceAccount", namespace, account)
        .flatMap(sa -> sa.digest(AUTOMOUNT))
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
