package dev.kubeward.pss;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kubeward.core.check.Catalog;
import dev.kubeward.core.check.Check;
import dev.kubeward.core.check.Rule;
import dev.kubeward.core.testing.CatalogAssertions;
import dev.kubeward.core.testing.FixtureSuite;
import dev.kubeward.pss.rules.PssRules;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The scan rules of this module: well formed, registered in id order, described, and proven by their fixtures. */
class PssCatalogTest {

  private static List<Rule> mine(Catalog catalog) {
    return catalog.rules().stream()
        .filter(r -> r.check().getClass().getPackageName().startsWith("dev.kubeward.pss"))
        .toList();
  }

  @Test
  void everyRuleIsWellFormed() {
    Catalog catalog = Catalog.load();
    CatalogAssertions.wellFormed(catalog, mine(catalog));
  }

  @Test
  void rulesAreRegisteredInIdOrder() {
    List<String> ids = new PssRules().checks().stream().map(Check.class::cast).map(c -> Rule.of(c).id()).toList();
    assertThat(ids).isSortedAccordingTo(Comparator.naturalOrder()).doesNotHaveDuplicates();
  }

  @Test
  void everyRuleHasItsSideCarDescription() {
    for (Rule r : mine(Catalog.load())) {
      assertThat(r.description()).as("%s.md beside %s", r.slug(), r.check().getClass().getSimpleName())
          .hasValueSatisfying(d -> assertThat(d.lines().count()).isBetween(3L, 24L));
    }
  }

  @Test
  void cisReferencesNameControlsOfTheBenchmark() throws Exception {
    Path corpus = Path.of(System.getProperty("kubeward.projectRoot", "..")).resolve("../shared/corpora/cis-kube-bench/cis-1.10");
    org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isDirectory(corpus),
        "skipped: the CIS definitions corpus (../shared/corpora/cis-kube-bench) is not beside this checkout");
    CatalogAssertions.cisControlsExist(mine(Catalog.load()), corpus);
  }

  @TestFactory
  Stream<DynamicNode> fixtures() {
    Catalog catalog = Catalog.load();
    return FixtureSuite.tests(catalog, mine(catalog), Path.of("src/test/resources/fixtures"));
  }
}
