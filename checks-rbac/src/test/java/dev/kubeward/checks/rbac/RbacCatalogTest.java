package dev.kubeward.checks.rbac;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kubeward.core.check.Catalog;
import dev.kubeward.core.check.CheckProvider;
import dev.kubeward.core.check.Framework;
import dev.kubeward.core.testing.CheckModuleContract;
import org.junit.jupiter.api.Test;

/** The RBAC and ABAC rules: the module contract, plus their range and their ATT&CK mapping. */
class RbacCatalogTest extends CheckModuleContract {

  @Override
  protected CheckProvider provider() {
    return new RbacChecks();
  }

  @Test
  void idsAreInTheRangeOfThisModule() {
    assertThat(mine(Catalog.load())).hasSizeGreaterThanOrEqualTo(25)
        .allSatisfy(r -> assertThat(r.id()).matches("KW-02\\d\\d"));
  }

  @Test
  void everyRuleMapsToMitreAttack() {
    assertThat(mine(Catalog.load())).allSatisfy(r -> assertThat(r.references(Framework.MITRE)).as(r.id()).isNotEmpty());
  }
}
