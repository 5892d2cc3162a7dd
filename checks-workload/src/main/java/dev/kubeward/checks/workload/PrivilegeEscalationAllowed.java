package dev.kubeward.checks.workload;

import dev.kubeward.core.check.Category;
import dev.kubeward.core.check.CheckInfo;
import dev.kubeward.core.check.ContainerCheck;
import dev.kubeward.core.check.Findings;
import dev.kubeward.core.check.Severity;
import dev.kubeward.core.k8s.ContainerView;

/** Windows pods are left out ({@link RequiredFlag}): the API server rejects allowPrivilegeEscalation on them. */
@CheckInfo(
    id = "KW-0002",
    summary = "Container allows privilege escalation",
    severity = Severity.MEDIUM,
    category = Category.POD_SECURITY,
    remediation = "Set securityContext.allowPrivilegeEscalation to false in every container.",
    references = {"pss:restricted/allowPrivilegeEscalation", "cis:5.2.6", "nsa:pod-security/enforcement", "mitre:T1548"})
public final class PrivilegeEscalationAllowed implements ContainerCheck {

  @Override
  public void check(ContainerView container, Findings findings) {
    RequiredFlag.check(container, findings, "allowPrivilegeEscalation", false);
  }
}
