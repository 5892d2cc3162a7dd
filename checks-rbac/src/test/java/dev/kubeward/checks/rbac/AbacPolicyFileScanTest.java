package dev.kubeward.checks.rbac;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kubeward.core.check.Catalog;
import dev.kubeward.core.check.Rule;
import dev.kubeward.core.config.Config;
import dev.kubeward.core.engine.Engine;
import dev.kubeward.core.engine.ScanResult;
import dev.kubeward.core.source.SourceFile;
import dev.kubeward.core.testing.CatalogAssertions;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A whole ABAC policy file (JSON Lines) through scan: each policy judged at its own line. */
class AbacPolicyFileScanTest {

  @Test
  void everyBroadPolicyOfAFileIsReportedAtItsLine() {
    Catalog catalog = Catalog.load();
    List<String> mine = CatalogAssertions.rulesIn(catalog, RbacChecks.class.getPackageName()).stream().map(Rule::id).toList();
    Config config = new Config(List.of(), mine, Map.of(), List.of(), List.of(), Map.of(), Optional.empty(), Optional.empty());
    Engine engine = new Engine(catalog, new Engine.Options(config, false, Set.of(), LocalDate.of(2026, 1, 1), 1));
    Path file = Path.of("src/test/resources/abac/policy.jsonl");
    ScanResult result = engine.scan(List.of(SourceFile.of(file, file.getParent())), (d, t) -> {});
    assertThat(result.problems()).isEmpty();
    assertThat(result.findings()).extracting(f -> f.finding().rule().id() + "@" + f.finding().location().line())
        .containsExactly("KW-0243@2", "KW-0241@4", "KW-0242@5", "KW-0241@6");
  }
}
