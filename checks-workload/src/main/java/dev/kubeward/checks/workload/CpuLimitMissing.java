package dev.kubeward.checks.workload;

import dev.kubeward.core.check.Category;
import dev.kubeward.core.check.CheckInfo;
import dev.kubeward.core.check.ContainerCheck;
import dev.kubeward.core.check.Findings;
import dev.kubeward.core.check.Severity;
import dev.kubeward.core.k8s.ContainerView;

@CheckInfo(
    id = "KW-0041",
    summary = "Container has no CPU limit",
    severity = Severity.LOW,
    category = Category.RESOURCE_MANAGEMENT,
    remediation = "Set resources.limits.cpu, or enforce a default with a LimitRange in the namespace.",
    references = {"nsa:network/resource-policies", "mitre:T1496", "k8s:docs/concepts/configuration/manage-resources-containers/"})
public final class CpuLimitMissing implements ContainerCheck {

  @Override
  public void check(ContainerView container, Findings findings) {
    ResourceSetting.CPU_LIMIT.require(container, findings);
  }
}
