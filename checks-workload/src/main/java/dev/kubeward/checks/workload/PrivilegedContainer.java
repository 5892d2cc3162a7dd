package dev.kubeward.checks.workload;

import dev.kubeward.core.check.Category;
import dev.kubeward.core.check.CheckInfo;
import dev.kubeward.core.check.ContainerCheck;
import dev.kubeward.core.check.Findings;
import dev.kubeward.core.check.Severity;
import dev.kubeward.core.k8s.ContainerView;
import dev.kubeward.core.model.Field;

@CheckInfo(
    id = "KW-0001",
    summary = "Container runs privileged",
    severity = Severity.CRITICAL,
    category = Category.POD_SECURITY,
    remediation = "Remove securityContext.privileged or set it to false; grant only the capabilities the process needs.",
    references = {"pss:baseline/privileged", "cis:5.2.2", "nsa:pod-security/enforcement", "mitre:T1611"})
public final class PrivilegedContainer implements ContainerCheck {

  @Override
  public void check(ContainerView container, Findings findings) {
    container.securityContext().privileged()
        .filter(f -> f.bool().orElse(false))
        .ifPresent(f -> findings.at(f).report("container %s runs privileged: it has every capability and all host devices", container.name()));
  }
}
