package dev.kubeward.checks.workload;

import dev.kubeward.core.check.Category;
import dev.kubeward.core.check.CheckInfo;
import dev.kubeward.core.check.Findings;
import dev.kubeward.core.check.PodSpecCheck;
import dev.kubeward.core.check.Severity;
import dev.kubeward.core.k8s.PodSpecView;
import dev.kubeward.core.model.Field;
import java.util.Optional;

/**
 * Looks at the pod only: a ServiceAccount with automountServiceAccountToken: false also stops
 * the mount, but the pod's own setting wins and says what the workload needs where it is read.
 */
@CheckInfo(
    id = "KW-0021",
    summary = "Pod mounts a service account token",
    severity = Severity.LOW,
    category = Category.IDENTITY,
    remediation = "Set automountServiceAccountToken to false in the pod spec unless the application calls the Kubernetes API.",
    references = {"cis:5.1.6", "nsa:authentication/service-account-tokens", "mitre:T1528"})
public final class ServiceAccountTokenAutomount implements PodSpecCheck {

  @Override
  public void check(PodSpecView pod, Findings findings) {
    Optional<Field> automount = pod.get("automountServiceAccountToken");
    if (automount.isEmpty()) {
      findings.at(pod.spec()).report(
          "pod does not set automountServiceAccountToken: set it to false unless the application talks to the Kubernetes API");
    } else if (automount.get().bool().orElse(false)) {
      findings.at(automount.get()).report(
          "pod mounts its service account token: set automountServiceAccountToken to false unless the application talks to the Kubernetes API");
    }
  }
}
