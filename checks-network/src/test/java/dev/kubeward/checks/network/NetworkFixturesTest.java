package dev.kubeward.checks.network;

import dev.kubeward.core.check.Catalog;
import dev.kubeward.core.check.Rule;
import dev.kubeward.core.testing.FixtureSuite;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/** Every network check against its pass and fail fixtures in src/test/resources/fixtures. */
class NetworkFixturesTest {

  @TestFactory
  Stream<DynamicNode> fixtures() {
    Catalog catalog = Catalog.load();
    List<Rule> mine = catalog.rules().stream()
        .filter(r -> r.check().getClass().getPackageName().equals(NetworkChecks.class.getPackageName()))
        .toList();
    return FixtureSuite.tests(catalog, mine, Path.of("src/test/resources/fixtures"));
  }
}
