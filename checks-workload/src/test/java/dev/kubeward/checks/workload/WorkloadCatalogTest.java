package dev.kubeward.checks.workload;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kubeward.core.check.Catalog;
import dev.kubeward.core.check.Check;
import dev.kubeward.core.check.Rule;
import dev.kubeward.core.testing.CatalogAssertions;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkloadCatalogTest {

  private static List<Rule> mine(Catalog catalog) {
    return catalog.rules().stream()
        .filter(r -> r.check().getClass().getPackageName().equals(WorkloadChecks.class.getPackageName()))
        .toList();
  }

  @Test
  void everyRuleIsWellFormed() {
    Catalog catalog = Catalog.load();
    CatalogAssertions.wellFormed(catalog, mine(catalog));
  }

  @Test
  void checksAreRegisteredInIdOrder() {
    List<String> ids = new WorkloadChecks().checks().stream().map(Check.class::cast).map(c -> Rule.of(c).id()).toList();
    assertThat(ids).isSortedAccordingTo(Comparator.naturalOrder()).doesNotHaveDuplicates();
  }

  @Test
  void everyRuleHasItsSideCarDescription() {
    for (Rule r : mine(Catalog.load())) {
      assertThat(r.description()).as("%s.md beside %s", r.slug(), r.check().getClass().getSimpleName())
          .hasValueSatisfying(d -> assertThat(d.lines().count()).isBetween(3L, 16L));
    }
  }

  @Test
  void cisReferencesNameControlsOfTheBenchmark() throws Exception {
    java.nio.file.Path corpus = java.nio.file.Path.of(System.getProperty("kubeward.projectRoot", ".."))
        .resolve("../shared/corpora/cis-kube-bench/cis-1.10");
    org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isDirectory(corpus),
        "skipped: the CIS definitions corpus (../shared/corpora/cis-kube-bench) is not beside this checkout");
    CatalogAssertions.cisControlsExist(mine(Catalog.load()), corpus);
  }
}
