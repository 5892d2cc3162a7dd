package dev.kubeward.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kubeward.core.check.Catalog;
import dev.kubeward.core.config.Config;
import dev.kubeward.core.engine.Engine;
import dev.kubeward.core.engine.ScanResult;
import dev.kubeward.core.finding.ReportedFinding;
import dev.kubeward.core.source.SourceFile;
import dev.kubeward.secrets.testing.LookAlikes;
import dev.kubeward.secrets.testing.SyntheticSecrets;
import dev.kubeward.secrets.testing.SyntheticSecrets.Sample;
import dev.kubeward.secrets.testing.TestSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The secrets test set, end to end: synthetic secrets of every catalogued kind and look-alikes
 * that are not secrets, written into manifests, values files and config files, and scanned by
 * the engine with the detection rules, exactly as {@code kubeward scan} runs them. Recall is the
 * share of secrets that give a finding; the false-positive rate the share of look-alikes that
 * do. docs/benchmarks.md ("Secrets detection") records the figures this prints.
 */
class DetectionQualityTest {

  static final long SEED = 20261122L;
  static final int PER_PATTERN = 2;

  /** The rules that look for secrets in values (not the Secret and env-from-Secret rules, which judge the object). */
  static final List<String> DETECTION_RULES = List.of("KW-0054", "KW-0500", "KW-0501", "KW-0502", "KW-0503", "KW-0504");

  @Test
  void recallIsCompleteAndFalsePositivesStayUnderTwoPercent(@TempDir Path tmp) throws IOException {
    List<Sample> secrets = new SyntheticSecrets(SEED).secrets(PER_PATTERN);
    List<Sample> lookAlikes = LookAlikes.all(SEED);
    assertThat(secrets).as("true secrets in the test set").hasSizeGreaterThanOrEqualTo(100);
    assertThat(lookAlikes).as("look-alikes in the test set").hasSizeGreaterThanOrEqualTo(200);

    Set<Integer> found = flagged(tmp.resolve("secrets"), secrets);
    Set<Integer> falsePositives = flagged(tmp.resolve("look-alikes"), lookAlikes);

    List<String> missed = new ArrayList<>();
    for (int i = 0; i < secrets.size(); i++) {
      if (!found.contains(i)) {
        missed.add("case-" + i + " " + secrets.get(i) + " in " + TestSet.place(i));
      }
    }
    List<String> wrong = falsePositives.stream()
        .map(i -> "case-" + i + " " + lookAlikes.get(i).pattern() + " named '" + lookAlikes.get(i).name() + "' in "
            + TestSet.place(i))
        .toList();
    double recall = (double) found.size() / secrets.size();
    double fpRate = (double) falsePositives.size() / lookAlikes.size();
    String summary = String.format(Locale.ROOT,
        "Secrets detection: recall %.1f%% (%d of %d secrets, %d patterns), false positives %.2f%% (%d of %d look-alikes)",
        100 * recall, found.size(), secrets.size(), secrets.stream().map(Sample::pattern).distinct().count(),
        100 * fpRate, falsePositives.size(), lookAlikes.size());
    System.out.println(summary);
    writeReport(summary, secrets, lookAlikes, found, falsePositives);

    assertThat(missed).as("secrets the scan missed").isEmpty();
    assertThat(fpRate).as("false-positive rate; look-alikes reported: %s", wrong).isLessThan(0.02);
  }

  /** Every pattern recognises its own samples as itself, not only as some secret. */
  @Test
  void everySampleIsRecognisedByItsOwnPattern() {
    SecretDetector detector = SecretDetector.standard();
    List<String> wrong = new ArrayList<>();
    for (Sample s : new SyntheticSecrets(SEED + 1).secrets(3)) {
      List<String> ids = detector.scan(s.name(), s.value()).stream().map(d -> d.pattern().id()).toList();
      if (!ids.contains(s.pattern())) {
        wrong.add(s + " -> " + ids);
      }
    }
    assertThat(wrong).isEmpty();
  }

  /** The generator covers the catalogue: a pattern without samples would go untested. */
  @Test
  void everyCataloguedPatternHasSamples() {
    assertThat(new SyntheticSecrets(SEED).patterns())
        .containsExactlyInAnyOrderElementsOf(Catalogue.patterns().stream().map(SecretPattern::id).toList());
  }

  private static Set<Integer> flagged(Path dir, List<Sample> samples) throws IOException {
    TestSet.write(dir, samples);
    Catalog catalog = Catalog.load();
    Config config = new Config(List.of(), DETECTION_RULES, Map.of(), List.of(), List.of(), Map.of(),
        Optional.empty(), Optional.empty());
    Engine engine = new Engine(catalog, new Engine.Options(config, false, Set.of(), LocalDate.of(2026, 1, 1), 1));
    ScanResult result = engine.scan(List.of(SourceFile.of(dir.resolve("manifests.yaml"), dir),
        SourceFile.of(dir.resolve("values.yaml"), dir)), (d, t) -> {});
    assertThat(result.problems().stream().filter(p -> p.error()).map(p -> p.describe())).as("input problems").isEmpty();
    Set<Integer> hit = new TreeSet<>();
    for (ReportedFinding f : result.findings()) {
      TestSet.sampleOf(f.finding().resource().name(), f.finding().path()).ifPresent(hit::add);
    }
    return hit;
  }

  /** target/secrets-quality.md: the figures by pattern and by category, for docs/benchmarks.md. */
  private static void writeReport(
      String summary, List<Sample> secrets, List<Sample> lookAlikes, Set<Integer> found, Set<Integer> fps)
      throws IOException {
    Map<String, int[]> byCategory = new TreeMap<>();
    for (int i = 0; i < lookAlikes.size(); i++) {
      int[] c = byCategory.computeIfAbsent(lookAlikes.get(i).pattern(), k -> new int[2]);
      c[0]++;
      c[1] += fps.contains(i) ? 1 : 0;
    }
    StringBuilder sb = new StringBuilder(summary).append("\n\n| look-alike category | samples | reported |\n|---|---|---|\n");
    byCategory.forEach((k, c) -> sb.append("| ").append(k).append(" | ").append(c[0]).append(" | ").append(c[1]).append(" |\n"));
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target/secrets-quality.md"), sb);
  }
}
