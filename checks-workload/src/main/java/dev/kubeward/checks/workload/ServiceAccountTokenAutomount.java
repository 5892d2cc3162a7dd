package dev.kubeward.checks.workload;

import dev.kubeward.core.check.Category;
import dev.kubeward.core.check.CheckInfo;
import dev.kubeward.core.check.Findings;
import dev.kubeward.core.check.PodSpecCheck;
import dev.kubeward.core.check.Severity;
import dev.kubeward.core.index.Digest;
import dev.kubeward.core.k8s.PodSpecView;
import dev.kubeward.core.model.Field;
import java.util.Optional;
import java.util.Set;

/**
 * Kubernetes mounts the token unless the pod says false, or, when the pod says nothing, its
 * ServiceAccount says false. A pod that leaves it unset is judged by its ServiceAccount when the
 * input has it.
 */
@CheckInfo(
    id = "KW-0021",
    summary = "Pod mounts a service account token",
    severity = Severity.LOW,
    category = Category.IDENTITY,
    remediation = "Set automountServiceAccountToken to false in the pod spec unless the application calls the Kubernetes API.",
    references = {"cis:5.1.6", "nsa:pod-security/service-account-tokens", "mitre:T1528"})
public final class ServiceAccountTokenAutomount implements PodSpecCheck {

  @Override
  public Set<Digest<?>> digests() {
    return Set.of(ServiceAccountTokens.AUTOMOUNT);
  }

  @Override
  public void check(PodSpecView pod, Findings findings) {
    Optional<Field> automount = pod.get("automountServiceAccountToken");
    if (automount.isEmpty()) {
      String namespace = pod.resource().namespace().orElse("");
      String account = pod.serviceAccountName();
      findings.at(pod.spec()).unless(index -> ServiceAccountTokens.accountDisablesAutomount(index, namespace, account)).report(
          "pod does not set automountServiceAccountToken: set it to false unless the application talks to the Kubernetes API");
    } else if (automount.get().bool().orElse(false)) {
      findings.at(automount.get()).report(
          "pod mounts its service account token: set automountServiceAccountToken to false unless the application talks to the Kubernetes API");
    }
  }
}
