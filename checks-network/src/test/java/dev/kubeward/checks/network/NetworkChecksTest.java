package dev.kubeward.checks.network;

import dev.kubeward.core.check.CheckProvider;
import dev.kubeward.core.testing.CheckModuleContract;

/** The network rules on the module contract: metadata, id order, side-cars, CIS ids, pass and fail fixtures. */
class NetworkChecksTest extends CheckModuleContract {

  @Override
  protected CheckProvider provider() {
    return new NetworkChecks();
  }
}
