package dev.kubeward.checks.workload;

import dev.kubeward.core.check.Category;
import dev.kubeward.core.check.CheckInfo;
import dev.kubeward.core.check.Findings;
import dev.kubeward.core.check.PodSpecCheck;
import dev.kubeward.core.check.Severity;
import dev.kubeward.core.k8s.PodSpecView;

@CheckInfo(
    id = "KW-0022",
    summary = "Pod runs as the default service account",
    severity = Severity.LOW,
    category = Category.IDENTITY,
    remediation = "Create a service account for the workload and name it in serviceAccountName.",
    references = {"cis:5.1.5", "nsa:authn-authz/authentication"})
public final class DefaultServiceAccount implements PodSpecCheck {

  @Override
  public void check(PodSpecView pod, Findings findings) {
    if (pod.serviceAccountName().equals("default")) {
      findings.at(pod.get("serviceAccountName").or(() -> pod.get("serviceAccount")).orElse(pod.spec()))
          .report("pod runs as the namespace's default service account, which every other workload there shares");
    }
  }
}
