package dev.kubeward.checks.workload;

import dev.kubeward.core.check.Category;
import dev.kubeward.core.check.CheckInfo;
import dev.kubeward.core.check.ContainerCheck;
import dev.kubeward.core.check.Findings;
import dev.kubeward.core.check.Severity;
import dev.kubeward.core.k8s.ContainerView;

/** Windows pods are left out ({@link RequiredFlag}): the API server rejects readOnlyRootFilesystem on them. */
@CheckInfo(
    id = "KW-0004",
    summary = "Container root filesystem is writable",
    severity = Severity.LOW,
    category = Category.POD_SECURITY,
    remediation = "Set securityContext.readOnlyRootFilesystem to true and mount an emptyDir where the application must write.",
    references = {"nsa:pod-security/immutable-filesystem", "cis:5.7.3", "mitre:T1105"})
public final class WritableRootFilesystem implements ContainerCheck {

  @Override
  public void check(ContainerView container, Findings findings) {
    RequiredFlag.check(container, findings, "readOnlyRootFilesystem", true);
  }
}
