package dev.kubeward.checks.network;

import dev.kubeward.core.check.Catalog;
import dev.kubeward.core.check.Rule;
import dev.kubeward.core.testing.CatalogAssertions;
import java.util.List;
import org.junit.jupiter.api.Test;

class NetworkCatalogTest {

  private static List<Rule> mine(Catalog catalog) {
    return CatalogAssertions.rulesIn(catalog, NetworkChecks.class.getPackageName());
  }

  @Test
  void everyRuleIsWellFormed() {
    Catalog catalog = Catalog.load();
    CatalogAssertions.wellFormed(catalog, mine(catalog));
  }

  @Test
  void checksAreRegisteredInIdOrder() {
    CatalogAssertions.registeredInIdOrder(new NetworkChecks());
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
