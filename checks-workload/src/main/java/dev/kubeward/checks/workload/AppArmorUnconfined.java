package dev.kubeward.checks.workload;

import dev.kubeward.core.check.Category;
import dev.kubeward.core.check.CheckInfo;
import dev.kubeward.core.check.ContainerCheck;
import dev.kubeward.core.check.Findings;
import dev.kubeward.core.check.Severity;
import dev.kubeward.core.k8s.ContainerView;

/** Unset is fine here: on AppArmor nodes the runtime's default profile then applies. */
@CheckInfo(
    id = "KW-0009",
    summary = "Container runs AppArmor unconfined",
    severity = Severity.MEDIUM,
    category = Category.POD_SECURITY,
    remediation = "Remove the Unconfined AppArmor profile, or set appArmorProfile.type to RuntimeDefault or Localhost.",
    references = {"pss:baseline/appArmorProfile", "nsa:pod-security/hardening", "mitre:T1611"})
public final class AppArmorUnconfined implements ContainerCheck {

  @Override
  public void check(ContainerView container, Findings findings) {
    SecurityProfiles.appArmor(container)
        .filter(p -> p.type() == SecurityProfiles.Type.UNCONFINED)
        .ifPresent(p -> findings.at(p.source()).report("container %s runs with AppArmor unconfined", container.name()));
  }
}
