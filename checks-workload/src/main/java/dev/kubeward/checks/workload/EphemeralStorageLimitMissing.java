package dev.kubeward.checks.workload;

import dev.kubeward.core.check.Category;
import dev.kubeward.core.check.CheckInfo;
import dev.kubeward.core.check.ContainerCheck;
import dev.kubeward.core.check.Findings;
import dev.kubeward.core.check.Severity;
import dev.kubeward.core.k8s.ContainerView;

@CheckInfo(
    id = "KW-0044",
    summary = "Container has no ephemeral-storage limit",
    severity = Severity.LOW,
    category = Category.RESOURCE_MANAGEMENT,
    remediation = "Set resources.limits.ephemeral-storage so logs and scratch files cannot fill the node's disk.",
    references = {"nsa:network/resource-policies", "mitre:T1499", "k8s:docs/concepts/configuration/manage-resources-containers/#local-ephemeral-storage"})
public final class EphemeralStorageLimitMissing implements ContainerCheck {

  @Override
  public void check(ContainerView container, Findings findings) {
    ResourceSetting.EPHEMERAL_STORAGE_LIMIT.require(container, findings);
  }
}
