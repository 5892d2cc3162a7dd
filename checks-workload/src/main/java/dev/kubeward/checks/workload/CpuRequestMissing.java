package dev.kubeward.checks.workload;

import dev.kubeward.core.check.Category;
import dev.kubeward.core.check.CheckInfo;
import dev.kubeward.core.check.ContainerCheck;
import dev.kubeward.core.check.Findings;
import dev.kubeward.core.check.Severity;
import dev.kubeward.core.k8s.ContainerView;

@CheckInfo(
    id = "KW-0040",
    summary = "Container has no CPU request",
    severity = Severity.LOW,
    category = Category.RESOURCE_MANAGEMENT,
    remediation = "Set resources.requests.cpu to what the container needs, so the scheduler places it on a node with room.",
    references = {"nsa:network/resource-policies", "k8s:docs/concepts/configuration/manage-resources-containers/"})
public final class CpuRequestMissing implements ContainerCheck {

  @Override
  public void check(ContainerView container, Findings findings) {
    ResourceSetting.CPU_REQUEST.require(container, findings);
  }
}
