package dev.kubeward.pss;

import dev.kubeward.core.check.CheckProvider;
import dev.kubeward.core.testing.CheckModuleContract;
import dev.kubeward.pss.rules.PssRules;

/** The rules of this module: well formed, registered in id order, described, and proven by their fixtures. */
class PssCatalogTest extends CheckModuleContract {

  @Override
  protected CheckProvider provider() {
    return new PssRules();
  }

  @Override
  protected String rulePackage() {
    return "dev.kubeward.pss"; // upstream's checks are rules too, in dev.kubeward.pss.checks
  }

  @Override
  protected long[] sideCarLines() {
    return new long[] {3, 24};
  }
}
