package dev.kubeward.checks.workload;

import dev.kubeward.core.check.Category;
import dev.kubeward.core.check.CheckInfo;
import dev.kubeward.core.check.ContainerCheck;
import dev.kubeward.core.check.Findings;
import dev.kubeward.core.check.Severity;
import dev.kubeward.core.k8s.ContainerView;
import dev.kubeward.core.model.Field;

/** The capabilities it reports, and why others are left out, are listed in {@link Capabilities#DANGEROUS}. */
@CheckInfo(
    id = "KW-0005",
    summary = "Container adds a dangerous capability",
    severity = Severity.HIGH,
    category = Category.POD_SECURITY,
    remediation = "Remove the capability from securityContext.capabilities.add; grant only what the process needs.",
    references = {"pss:baseline/capabilities", "cis:5.2.8", "cis:5.2.9", "nsa:pod-security/enforcement", "mitre:T1611"})
public final class DangerousCapabilityAdded implements ContainerCheck {

  @Override
  public void check(ContainerView container, Findings findings) {
    for (Field item : Capabilities.added(container)) {
      Capabilities.name(item)
          .filter(Capabilities.DANGEROUS::containsKey)
          .ifPresent(cap -> findings.at(item).report(
              "container %s adds %s, which lets it %s", container.name(), cap, Capabilities.DANGEROUS.get(cap)));
    }
  }
}
