package dev.kubeward.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kubeward.core.check.Catalog;
import dev.kubeward.core.check.Rule;
import dev.kubeward.core.config.Config;
import dev.kubeward.core.engine.Engine;
import dev.kubeward.core.engine.ScanResult;
import dev.kubeward.core.finding.Finding;
import dev.kubeward.core.finding.ReportedFinding;
import dev.kubeward.core.source.SourceFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;

/**
 * Runs every check against its fixtures: {@code <root>/<slug>/pass*.yaml} must give no finding
 * of the rule; {@code fail*.yaml} must give exactly the findings its {@code # EXPECT: <text>}
 * markers announce, each on the first line below its marker that is not itself a marker, with a
 * message containing the text. Matching runs both ways: every finding claimed by a marker,
 * every marker by a finding. Another module's checks use the same suite on their own folder.
 */
public final class FixtureSuite {

  private static final String MARKER = "# EXPECT:";

  private FixtureSuite() {}

  /** A marker: the line a finding must be on and the text its message must contain. */
  record Expectation(int line, String text) {}

  public static Stream<DynamicNode> tests(Catalog catalog, List<Rule> rules, Path root) {
    return rules.stream().map(rule -> {
      Path dir = root.resolve(rule.slug());
      List<Path> files = list(dir);
      List<DynamicNode> cases = new ArrayList<>();
      cases.add(DynamicTest.dynamicTest("has pass and fail fixtures", () -> {
        assertThat(files).as("fixtures of %s in %s", rule.slug(), dir)
            .anyMatch(p -> p.getFileName().toString().startsWith("pass"))
            .anyMatch(p -> p.getFileName().toString().startsWith("fail"));
      }));
      for (Path f : files) {
        cases.add(DynamicTest.dynamicTest(f.getFileName().toString(), f.toUri(), () -> check(catalog, rule, f)));
      }
      return DynamicContainer.dynamicContainer(rule.id() + " " + rule.slug(), cases);
    });
  }

  private static List<Path> list(Path dir) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Scans {@code file} with only {@code rule} enabled. */
  public static ScanResult scanWithOnly(Catalog catalog, Rule rule, Path file) {
    Config config = new Config(List.of(), List.of(rule.id()), Map.of(), List.of(), List.of(), optionsFor(file, rule),
        Optional.empty(), Optional.empty());
    Engine engine = new Engine(catalog, new Engine.Options(config, false, Set.of(), LocalDate.of(2026, 1, 1), 1));
    return engine.scan(List.of(SourceFile.of(file, file.getParent())), (d, t) -> {});
  }

  /** A fixture may carry check options in a side file {@code <name>.options.yaml}. */
  private static Map<String, dev.kubeward.core.model.Field> optionsFor(Path file, Rule rule) {
    Path side = file.resolveSibling(file.getFileName().toString().replace(".yaml", ".options"));
    if (!Files.exists(side)) {
      return Map.of();
    }
    try {
      var docs = dev.kubeward.core.yaml.YamlLoader.plain().load(Files.readString(side), side.toString());
      return Map.of(rule.id(), dev.kubeward.core.model.Field.root(docs.get(0).root().orElseThrow()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void check(Catalog catalog, Rule rule, Path file) throws IOException {
    ScanResult result = scanWithOnly(catalog, rule, file);
    assertThat(result.problems().stream().filter(p -> p.error()).map(p -> p.describe()))
        .as("input problems in fixture %s", file).isEmpty();
    List<Finding> findings = result.findings().stream().map(ReportedFinding::finding).toList();
    List<Expectation> expected = expectations(Files.readAllLines(file));
    if (file.getFileName().toString().startsWith("pass")) {
      assertThat(findings).as("a pass fixture gives no finding").isEmpty();
      assertThat(expected).as("a pass fixture has no EXPECT marker").isEmpty();
      return;
    }
    assertThat(expected).as("a fail fixture announces its findings with EXPECT markers").isNotEmpty();
    List<Finding> unclaimed = new ArrayList<>(findings);
    List<Expectation> unmet = new ArrayList<>();
    for (Expectation e : expected) {
      Optional<Finding> hit = unclaimed.stream()
          .filter(f -> f.location().line() == e.line() && f.message().contains(e.text()))
          .findFirst();
      hit.ifPresentOrElse(unclaimed::remove, () -> unmet.add(e));
    }
    assertThat(unmet).as("markers with no finding at their line; findings were %s", describe(findings)).isEmpty();
    assertThat(describe(unclaimed)).as("findings no marker announced").isEmpty();
  }

  private static List<String> describe(List<Finding> findings) {
    return findings.stream().map(f -> f.location().line() + ": " + f.message() + " [" + f.path() + "]").toList();
  }

  static List<Expectation> expectations(List<String> lines) {
    List<Expectation> out = new ArrayList<>();
    List<String> pending = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String t = lines.get(i).strip();
      if (t.startsWith(MARKER)) {
        pending.add(t.substring(MARKER.length()).strip());
      } else if (!pending.isEmpty()) {
        for (String p : pending) {
          out.add(new Expectation(i + 1, p));
        }
        pending.clear();
      }
    }
    return out;
  }
}
