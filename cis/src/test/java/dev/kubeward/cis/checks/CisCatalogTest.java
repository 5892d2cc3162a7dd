package dev.kubeward.cis.checks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kubeward.core.check.Catalog;
import dev.kubeward.core.check.CheckProvider;
import dev.kubeward.core.check.Rule;
import dev.kubeward.core.testing.CheckModuleContract;
import org.junit.jupiter.api.Test;

/**
 * The CIS rules: the module contract, and their id range. The node-only checks (files of a node)
 * are proven by node layouts instead of manifest fixtures ({@code NodeFixturesTest}).
 */
class CisCatalogTest extends CheckModuleContract {

  @Override
  protected CheckProvider provider() {
    return new CisChecks();
  }

  @Override
  protected long[] sideCarLines() {
    return new long[] {3, 20};
  }

  @Override
  protected boolean provenByFixtures(Rule rule) {
    return !(rule.check() instanceof NodeFileCheck);
  }

  @Test
  void idsStayInTheRangeOfThisModule() {
    assertThat(mine(Catalog.load())).allSatisfy(r -> assertThat(r.id()).isBetween("KW-0400", "KW-0499"));
  }
}
