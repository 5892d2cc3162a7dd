package dev.kubeward.checks.workload;

import dev.kubeward.core.check.Category;
import dev.kubeward.core.check.CheckInfo;
import dev.kubeward.core.check.ContainerCheck;
import dev.kubeward.core.check.Findings;
import dev.kubeward.core.check.Severity;
import dev.kubeward.core.k8s.ContainerView;

@CheckInfo(
    id = "KW-0047",
    summary = "Long-running container has no readiness probe",
    severity = Severity.LOW,
    category = Category.RELIABILITY,
    remediation = "Add a readinessProbe that succeeds only when the container can serve requests.",
    references = {"k8s:docs/concepts/configuration/liveness-readiness-startup-probes/"})
public final class ReadinessProbeMissing implements ContainerCheck {

  @Override
  public void check(ContainerView container, Findings findings) {
    Probe.READINESS.require(container, findings);
  }
}
