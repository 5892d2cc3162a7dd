package dev.kubeward.checks.workload;

import dev.kubeward.core.check.Findings;
import dev.kubeward.core.k8s.ContainerView;
import dev.kubeward.core.model.Field;
import java.util.Optional;

/**
 * A container-only security setting whose safe value has to be written out: left unset it takes
 * the unsafe default, so a missing value is reported at the container's securityContext and a
 * wrong one at the field itself. Both such settings (allowPrivilegeEscalation,
 * readOnlyRootFilesystem) are Linux-only: the API server rejects them in a Windows pod, and Pod
 * Security restricted exempts Windows pods, so those are not judged.
 */
final class RequiredFlag {

  private RequiredFlag() {}

  static void check(ContainerView container, Findings findings, String key, boolean safe) {
    if (container.pod().isWindows()) {
      return;
    }
    var sc = container.securityContext();
    Optional<Field> value = sc.own(key);
    if (value.isEmpty()) {
      findings.at(sc.anchor()).report("container %s does not set %s to %s", container.name(), key, safe);
    } else if (!value.get().bool().equals(Optional.of(safe))) {
      findings.at(value.get()).report("container %s sets %s to %s", container.name(), key, value.get().text().orElse("?"));
    }
  }
}
