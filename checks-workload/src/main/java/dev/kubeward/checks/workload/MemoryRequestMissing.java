package dev.kubeward.checks.workload;

import dev.kubeward.core.check.Category;
import dev.kubeward.core.check.CheckInfo;
import dev.kubeward.core.check.ContainerCheck;
import dev.kubeward.core.check.Findings;
import dev.kubeward.core.check.Severity;
import dev.kubeward.core.k8s.ContainerView;

@CheckInfo(
    id = "KW-0042",
    summary = "Container has no memory request",
    severity = Severity.LOW,
    category = Category.RESOURCE_MANAGEMENT,
    remediation = "Set resources.requests.memory to the container's working set, so the scheduler does not overcommit the node.",
    references = {"nsa:network/resource-policies", "k8s:docs/concepts/configuration/manage-resources-containers/"})
public final class MemoryRequestMissing implements ContainerCheck {

  @Override
  public void check(ContainerView container, Findings findings) {
    ResourceSetting.MEMORY_REQUEST.require(container, findings);
  }
}
