package dev.kubeward.checks.workload;

import dev.kubeward.core.check.Category;
import dev.kubeward.core.check.CheckInfo;
import dev.kubeward.core.check.ContainerCheck;
import dev.kubeward.core.check.Findings;
import dev.kubeward.core.check.Severity;
import dev.kubeward.core.k8s.ContainerView;

@CheckInfo(
    id = "KW-0046",
    summary = "Long-running container has no liveness probe",
    severity = Severity.LOW,
    category = Category.RELIABILITY,
    remediation = "Add a livenessProbe that fails only when the process cannot recover by itself.",
    references = {"k8s:docs/concepts/configuration/liveness-readiness-startup-probes/"})
public final class LivenessProbeMissing implements ContainerCheck {

  @Override
  public void check(ContainerView container, Findings findings) {
    Probe.LIVENESS.require(container, findings);
  }
}
