package dev.kubeward.checks.data;

import dev.kubeward.core.check.Catalog;
import dev.kubeward.core.check.Rule;
import dev.kubeward.core.testing.FixtureSuite;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/** Every data protection check against its pass and fail fixtures in src/test/resources/fixtures. */
class DataFixturesTest {

  @TestFactory
  Stream<DynamicNode> fixtures() {
    Catalog catalog = Catalog.load();
    List<Rule> mine = catalog.rules().stream()
        .filter(r -> r.check().getClass().getPackageName().equals(DataChecks.class.getPackageName()))
        .toList();
    return FixtureSuite.tests(catalog, mine, Path.of("src/test/resources/fixtures"));
  }
}
