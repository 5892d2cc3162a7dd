package dev.kubeward.pss;

import dev.kubeward.core.check.Catalog;
import dev.kubeward.core.check.Rule;
import dev.kubeward.core.testing.CatalogAssertions;
import dev.kubeward.core.testing.FixtureSuite;
import dev.kubeward.pss.rules.PssRules;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The scan rules of this module: well formed, registered in id order, described, and proven by their fixtures. */
class PssCatalogTest {

  private static List<Rule> mine(Catalog catalog) {
    return CatalogAssertions.rulesIn(catalog, "dev.kubeward.pss");
  }

  @Test
  void everyRuleIsWellFormed() {
    Catalog catalog = Catalog.load();
    CatalogAssertions.wellFormed(catalog, mine(catalog));
  }

  @Test
  void rulesAreRegisteredInIdOrder() {
    CatalogAssertions.registeredInIdOrder(new PssRules());
  }

  @Test
  void everyRuleHasItsSideCarDescription() {
    CatalogAssertions.describedBySideCars(mine(Catalog.load()), 3, 24);
  }

  @Test
  void cisReferencesNameControlsOfTheBenchmark() throws Exception {
    CatalogAssertions.cisControlsExistBesideProject(mine(Catalog.load()));
  }

  @TestFactory
  Stream<DynamicNode> fixtures() {
    Catalog catalog = Catalog.load();
    return FixtureSuite.tests(catalog, mine(catalog), Path.of("src/test/resources/fixtures"));
  }
}
