package dev.kubeward.checks.workload;

import dev.kubeward.core.check.Catalog;
import dev.kubeward.core.testing.CatalogAssertions;
import org.junit.jupiter.api.Test;

class WorkloadCatalogTest {

  @Test
  void everyRuleIsWellFormed() {
    Catalog catalog = Catalog.load();
    CatalogAssertions.wellFormed(catalog, catalog.rules().stream()
        .filter(r -> r.check().getClass().getPackageName().equals(WorkloadChecks.class.getPackageName()))
        .toList());
  }
}
