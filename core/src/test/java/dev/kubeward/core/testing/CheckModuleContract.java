package dev.kubeward.core.testing;

import dev.kubeward.core.check.Catalog;
import dev.kubeward.core.check.CheckProvider;
import dev.kubeward.core.check.Rule;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * What every module of checks proves about its rules: well formed, registered in id order,
 * described by a side-car page, CIS references that name controls of the benchmark, and every
 * rule against its pass and fail fixtures in {@code src/test/resources/fixtures}. A module
 * extends it once, naming its {@link CheckProvider}.
 */
public abstract class CheckModuleContract {

  protected abstract CheckProvider provider();

  /** The rules of the module are those whose checks live in this package or below. */
  protected String rulePackage() {
    return provider().getClass().getPackageName();
  }

  /** The shortest and longest side-car page allowed, in lines. */
  protected long[] sideCarLines() {
    return new long[] {3, 16};
  }

  /** Where the module's fixtures are, one folder per rule slug. */
  protected Path fixtureRoot() throws IOException {
    return Path.of("src/test/resources/fixtures");
  }

  /** Whether a rule is proven by manifest fixtures (a module may prove some rules otherwise, and say how). */
  protected boolean provenByFixtures(Rule rule) {
    return true;
  }

  protected final List<Rule> mine(Catalog catalog) {
    return CatalogAssertions.rulesIn(catalog, rulePackage());
  }

  @Test
  void everyRuleIsWellFormed() {
    Catalog catalog = Catalog.load();
    CatalogAssertions.wellFormed(catalog, mine(catalog));
  }

  @Test
  void rulesAreRegisteredInIdOrder() {
    CatalogAssertions.registeredInIdOrder(provider());
  }

  @Test
  void everyRuleHasItsSideCarDescription() {
    long[] lines = sideCarLines();
    CatalogAssertions.describedBySideCars(mine(Catalog.load()), lines[0], lines[1]);
  }

  @Test
  void cisReferencesNameControlsOfTheBenchmark() throws Exception {
    CatalogAssertions.cisControlsExistBesideProject(mine(Catalog.load()));
  }

  @TestFactory
  Stream<DynamicNode> fixtures() throws IOException {
    Catalog catalog = Catalog.load();
    return FixtureSuite.tests(catalog, mine(catalog).stream().filter(this::provenByFixtures).toList(), fixtureRoot());
  }
}
