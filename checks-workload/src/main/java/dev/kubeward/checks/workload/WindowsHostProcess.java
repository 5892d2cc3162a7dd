package dev.kubeward.checks.workload;

import dev.kubeward.core.check.Category;
import dev.kubeward.core.check.CheckInfo;
import dev.kubeward.core.check.ContainerCheck;
import dev.kubeward.core.check.Findings;
import dev.kubeward.core.check.Severity;
import dev.kubeward.core.k8s.ContainerView;

/** windowsOptions is merged field by field, so the pod's hostProcess holds unless the container sets its own. */
@CheckInfo(
    id = "KW-0019",
    summary = "Container runs as a Windows HostProcess",
    severity = Severity.CRITICAL,
    category = Category.HOST_ISOLATION,
    remediation = "Remove windowsOptions.hostProcess or set it to false, on the pod and every container.",
    references = {"pss:baseline/windowsHostProcess", "cis:5.2.11", "mitre:T1611"})
public final class WindowsHostProcess implements ContainerCheck {

  @Override
  public void check(ContainerView container, Findings findings) {
    container.securityContext().inheritedAt("windowsOptions", "hostProcess")
        .filter(f -> f.bool().orElse(false))
        .ifPresent(f -> findings.at(f).report("container %s runs as a HostProcess: it is a process on the Windows node, with the node's access", container.name()));
  }
}
