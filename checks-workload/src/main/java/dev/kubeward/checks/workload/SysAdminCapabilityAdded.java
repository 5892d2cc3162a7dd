package dev.kubeward.checks.workload;

import dev.kubeward.core.check.Category;
import dev.kubeward.core.check.CheckInfo;
import dev.kubeward.core.check.ContainerCheck;
import dev.kubeward.core.check.Findings;
import dev.kubeward.core.check.Severity;
import dev.kubeward.core.k8s.ContainerView;
import dev.kubeward.core.model.Field;

/** Apart from {@link DangerousCapabilityAdded} because these two are as bad as privileged: critical. */
@CheckInfo(
    id = "KW-0006",
    summary = "Container adds SYS_ADMIN or ALL capabilities",
    severity = Severity.CRITICAL,
    category = Category.POD_SECURITY,
    remediation = "Remove SYS_ADMIN and ALL from securityContext.capabilities.add; add only the narrow capabilities the process needs.",
    references = {"pss:baseline/capabilities", "cis:5.2.9", "nsa:pod-security/enforcement", "mitre:T1611"})
public final class SysAdminCapabilityAdded implements ContainerCheck {

  @Override
  public void check(ContainerView container, Findings findings) {
    for (Field item : Capabilities.added(container)) {
      Capabilities.name(item).ifPresent(cap -> {
        if (cap.equals(Capabilities.ALL)) {
          findings.at(item).report("container %s adds ALL capabilities, SYS_ADMIN among them", container.name());
        } else if (cap.equals(Capabilities.SYS_ADMIN)) {
          findings.at(item).report("container %s adds SYS_ADMIN, which lets it mount filesystems and escape the container", container.name());
        }
      });
    }
  }
}
