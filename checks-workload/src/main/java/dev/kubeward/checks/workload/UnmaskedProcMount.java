package dev.kubeward.checks.workload;

import dev.kubeward.core.check.Category;
import dev.kubeward.core.check.CheckInfo;
import dev.kubeward.core.check.ContainerCheck;
import dev.kubeward.core.check.Findings;
import dev.kubeward.core.check.Severity;
import dev.kubeward.core.k8s.ContainerView;

/**
 * Pod Security baseline has allowed Unmasked in pods with hostUsers: false since v1.35, and the API
 * server rejects it anywhere else; restricted still forbids it, hence both references.
 */
@CheckInfo(
    id = "KW-0011",
    summary = "Container mounts /proc unmasked",
    severity = Severity.MEDIUM,
    category = Category.POD_SECURITY,
    remediation = "Remove securityContext.procMount or set it to Default.",
    references = {"pss:baseline/procMount", "pss:restricted/procMount", "mitre:T1611"})
public final class UnmaskedProcMount implements ContainerCheck {

  @Override
  public void check(ContainerView container, Findings findings) {
    container.securityContext().own("procMount")
        .filter(f -> f.text().filter("Unmasked"::equals).isPresent())
        .ifPresent(f -> findings.at(f).report("container %s mounts /proc without the runtime's masks: procMount is Unmasked", container.name()));
  }
}
