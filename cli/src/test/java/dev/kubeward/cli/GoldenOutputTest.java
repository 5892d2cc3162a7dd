package dev.kubeward.cli;

import static dev.kubeward.cli.Cli.cli;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kubeward.cli.Cli.Result;
import dev.kubeward.report.testing.Golden;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every format on one small fixed input (src/test/resources/golden/input: findings, an inline
 * suppression, a configured exception, an expired one, bad YAML, a skipped document), compared
 * with the files in golden/expected. After a deliberate change to a format, rewrite them with
 * {@code mvn verify -Dkubeward.updateGolden=true} and review the diff. The tool version is
 * written as ${version}, so a release does not touch them.
 */
class GoldenOutputTest {

  private static final Path INPUT = Path.of("src/test/resources/golden/input");
  private static final Path EXPECTED = Path.of("src/test/resources/golden/expected");

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "table.txt,         --format=table",
      "table-verbose.txt, --verbose",
      "report.json,       --format=json",
      "report.sarif,      --format=sarif",
      "junit.xml,         --format=junit"})
  void matchesTheGoldenFile(String golden, String option) {
    Result r = cli().run("scan", option, INPUT);
    assertThat(r.exit()).as("bad YAML in broken.yaml").isEqualTo(2);
    Golden.assertMatches(EXPECTED.resolve(golden), normalise(r.out()));
  }

  /** The tool's version, whatever it is, as ${version}. */
  static String normalise(String output) {
    String version = KubewardCommand.version();
    String semantic = version.replace("-SNAPSHOT", "");
    return output.replace(version, "${version}")
        .replace("\"semanticVersion\" : \"" + semantic + "\"", "\"semanticVersion\" : \"${version}\"");
  }
}
