package dev.kubeward.checks.workload;

import dev.kubeward.core.check.CheckProvider;
import dev.kubeward.core.testing.CheckModuleContract;

/** The rules of this module: well formed, registered in id order, described, and proven by their fixtures. */
class WorkloadCatalogTest extends CheckModuleContract {

  @Override
  protected CheckProvider provider() {
    return new WorkloadChecks();
  }
}
