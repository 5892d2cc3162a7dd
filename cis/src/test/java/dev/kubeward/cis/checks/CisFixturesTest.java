package dev.kubeward.cis.checks;

import dev.kubeward.core.check.Catalog;
import dev.kubeward.core.check.Rule;
import dev.kubeward.core.testing.FixtureSuite;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * Every check that reads manifests against its pass and fail fixtures in src/test/resources/fixtures;
 * the node-only checks (files of a node) have node layouts instead ({@code NodeFixturesTest}).
 */
class CisFixturesTest {

  @TestFactory
  Stream<DynamicNode> fixtures() {
    Catalog catalog = Catalog.load();
    List<Rule> mine = catalog.rules().stream()
        .filter(r -> r.check().getClass().getPackageName().equals(CisChecks.class.getPackageName()))
        .filter(r -> !(r.check() instanceof NodeFileCheck))
        .toList();
    return FixtureSuite.tests(catalog, mine, Path.of("src/test/resources/fixtures"));
  }
}
