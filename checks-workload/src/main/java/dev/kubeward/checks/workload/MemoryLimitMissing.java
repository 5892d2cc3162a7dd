package dev.kubeward.checks.workload;

import dev.kubeward.core.check.Category;
import dev.kubeward.core.check.CheckInfo;
import dev.kubeward.core.check.ContainerCheck;
import dev.kubeward.core.check.Findings;
import dev.kubeward.core.check.Severity;
import dev.kubeward.core.k8s.ContainerView;

@CheckInfo(
    id = "KW-0043",
    summary = "Container has no memory limit",
    severity = Severity.MEDIUM,
    category = Category.RESOURCE_MANAGEMENT,
    remediation = "Set resources.limits.memory so a leak or an attack ends in the container's own OOM kill, not the node's.",
    references = {"nsa:network/resource-policies", "mitre:T1499", "k8s:docs/concepts/configuration/manage-resources-containers/"})
public final class MemoryLimitMissing implements ContainerCheck {

  @Override
  public void check(ContainerView container, Findings findings) {
    ResourceSetting.MEMORY_LIMIT.require(container, findings);
  }
}
