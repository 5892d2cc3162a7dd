package dev.kubeward.checks.rbac;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kubeward.core.check.Catalog;
import dev.kubeward.core.check.Framework;
import dev.kubeward.core.check.Rule;
import dev.kubeward.core.testing.CatalogAssertions;
import java.util.List;
import org.junit.jupiter.api.Test;

class RbacCatalogTest {

  private static List<Rule> mine(Catalog catalog) {
    return CatalogAssertions.rulesIn(catalog, RbacChecks.class.getPackageName());
  }

  @Test
  void everyRuleIsWellFormed() {
    Catalog catalog = Catalog.load();
    CatalogAssertions.wellFormed(catalog, mine(catalog));
  }

  @Test
  void checksAreRegisteredInIdOrder() {
    CatalogAssertions.registeredInIdOrder(new RbacChecks());
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

  @Test
  void everyRuleHasItsSideCarDescription() {
    CatalogAssertions.describedBySideCars(mine(Catalog.load()), 3, 16);
  }

  @Test
  void cisReferencesNameControlsOfTheBenchmark() throws Exception {
    CatalogAssertions.cisControlsExistBesideProject(mine(Catalog.load()));
  }
}
