package dev.kubeward.checks.data;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kubeward.core.check.Catalog;
import dev.kubeward.core.check.Rule;
import dev.kubeward.core.config.Config;
import dev.kubeward.core.engine.Engine;
import dev.kubeward.core.engine.ScanResult;
import dev.kubeward.core.source.SourceWalker;
import dev.kubeward.core.testing.CatalogAssertions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The data protection rules over Istio's own samples (../shared/corpora/realworld/istio-samples):
 * they raise no input problem of their own, and give exactly the findings reviewed by hand in
 * src/test/resources/realworld/istio-samples.expected (one {@code rule file:line message} a line).
 */
class RealWorldCorpusTest {

  @Test
  void istioSamplesGiveTheReviewedFindings() throws IOException {
    Path corpus = Path.of(System.getProperty("kubeward.projectRoot", "..")).resolve("../shared/corpora/realworld/istio-samples");
    Assumptions.assumeTrue(Files.isDirectory(corpus),
        "skipped: the real-world corpus (../shared/corpora/realworld/istio-samples) is not beside this checkout");
    Catalog catalog = Catalog.load();
    List<String> mine = CatalogAssertions.rulesIn(catalog, DataChecks.class.getPackageName()).stream().map(Rule::id).toList();
    Config config = new Config(List.of(), mine, Map.of(), List.of(), List.of(), Map.of(), Optional.empty(), Optional.empty());
    Engine engine = new Engine(catalog, new Engine.Options(config, false, Set.of(), LocalDate.of(2026, 1, 1), 1));
    ScanResult result = engine.scan(new SourceWalker(corpus, name -> false).walk(List.of(corpus.toString())).files(), (d, t) -> {});

    assertThat(result.problems().stream().filter(p -> p.error()).map(p -> p.message()))
        .as("the only input errors are the corpus's Helm templates and its JSON data file")
        .allMatch(m -> m.startsWith("Helm template") || m.startsWith("invalid YAML"));
    List<String> found = result.findings().stream()
        .map(f -> f.finding().rule().id() + " " + f.finding().location().file() + ":"
            + f.finding().location().line() + " " + f.finding().message())
        .sorted().toList();
    List<String> expected = Files.readAllLines(Path.of("src/test/resources/realworld/istio-samples.expected")).stream()
        .filter(l -> !l.isBlank() && !l.startsWith("#")).sorted().toList();
    assertThat(found).isEqualTo(expected);
  }
}
