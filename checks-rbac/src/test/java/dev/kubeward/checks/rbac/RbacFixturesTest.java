package dev.kubeward.checks.rbac;

import dev.kubeward.core.check.Catalog;
import dev.kubeward.core.check.Rule;
import dev.kubeward.core.testing.CatalogAssertions;
import dev.kubeward.core.testing.FixtureSuite;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/** Every RBAC and ABAC check against its pass and fail fixtures in src/test/resources/fixtures. */
class RbacFixturesTest {

  @TestFactory
  Stream<DynamicNode> fixtures() {
    Catalog catalog = Catalog.load();
    List<Rule> mine = CatalogAssertions.rulesIn(catalog, RbacChecks.class.getPackageName());
    return FixtureSuite.tests(catalog, mine, Path.of("src/test/resources/fixtures"));
  }
}
