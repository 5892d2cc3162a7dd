package dev.kubeward.checks.workload;

import dev.kubeward.core.check.Category;
import dev.kubeward.core.check.CheckInfo;
import dev.kubeward.core.check.Findings;
import dev.kubeward.core.check.ResourceCheck;
import dev.kubeward.core.check.Severity;
import dev.kubeward.core.model.Resource;
import java.util.Set;

@CheckInfo(
    id = "KW-0060",
    summary = "Resource uses an API version that Kubernetes has removed",
    severity = Severity.HIGH,
    category = Category.API_LIFECYCLE,
    remediation = "Move the manifest to the replacement API version (kubectl convert helps) and apply the field changes the migration guide lists.",
    references = {"k8s:docs/reference/using-api/deprecation-guide/"})
public final class RemovedApiVersion implements ResourceCheck {

  @Override
  public Set<String> kinds() {
    return Set.of();
  }

  @Override
  public void check(Resource resource, Findings findings) {
    ApiLifecycle.report(resource, findings, ApiLifecycle.Status.REMOVED);
  }
}
