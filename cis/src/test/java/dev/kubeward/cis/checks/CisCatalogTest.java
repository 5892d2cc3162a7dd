package dev.kubeward.cis.checks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kubeward.core.check.Catalog;
import dev.kubeward.core.check.Rule;
import dev.kubeward.core.testing.CatalogAssertions;
import java.util.List;
import org.junit.jupiter.api.Test;

class CisCatalogTest {

  private static List<Rule> mine(Catalog catalog) {
    return CatalogAssertions.rulesIn(catalog, CisChecks.class.getPackageName());
  }

  @Test
  void everyRuleIsWellFormed() {
    Catalog catalog = Catalog.load();
    CatalogAssertions.wellFormed(catalog, mine(catalog));
  }

  @Test
  void checksAreRegisteredInIdOrder() {
    CatalogAssertions.registeredInIdOrder(new CisChecks());
  }

  @Test
  void idsStayInTheRangeOfThisModule() {
    assertThat(mine(Catalog.load())).allSatisfy(r -> assertThat(r.id()).isBetween("KW-0400", "KW-0499"));
  }

  @Test
  void everyRuleHasItsSideCarDescription() {
    CatalogAssertions.describedBySideCars(mine(Catalog.load()), 3, 20);
  }

  @Test
  void cisReferencesNameControlsOfTheBenchmark() throws Exception {
    CatalogAssertions.cisControlsExistBesideProject(mine(Catalog.load()));
  }
}
