package dev.kubeward.cli;

import static dev.kubeward.cli.Cli.cli;
import static dev.kubeward.cli.Cli.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kubeward.cli.Cli.Manifests;
import dev.kubeward.cli.Cli.Result;
import dev.kubeward.core.check.Catalog;
import dev.kubeward.core.check.Category;
import dev.kubeward.core.check.CheckInfo;
import dev.kubeward.core.check.Findings;
import dev.kubeward.core.check.ResourceCheck;
import dev.kubeward.core.check.Rule;
import dev.kubeward.core.check.Severity;
import dev.kubeward.core.model.Resource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Exit codes: 0 clean, 1 findings at or above the threshold, 2 input or usage errors. */
class ExitCodeTest {

  @TempDir Path dir;

  @Test
  void cleanInputExitsZero() {
    Result r = cli().run("scan", write(dir.resolve("clean.yaml"), Manifests.CLEAN));
    assertThat(r.exit()).isZero();
    assertThat(r.out()).endsWith("1 file, 1 resource, 0 findings. PASS: nothing at or above high\n");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void aCriticalFindingFailsAtTheDefaultThresholdAndAMediumOneDoesNot() {
    Result critical = cli().run("scan", write(dir.resolve("agent.yaml"), Manifests.PRIVILEGED));
    assertThat(critical.exit()).isEqualTo(1);
    assertThat(critical.out()).contains("FAIL: findings at or above high");
    Result medium = cli().run("scan", write(dir.resolve("web.yaml"), Manifests.ESCALATION));
    assertThat(medium.exit()).isZero();
    assertThat(medium.out()).contains("MEDIUM   13:9    container app does not set allowPrivilegeEscalation to false")
        .contains("PASS: nothing at or above high");
  }

  @ParameterizedTest
  @CsvSource({"critical, 0", "CRITICAL, 0", "high, 0", "medium, 1", "MEDIUM, 1", "info, 1"})
  void failOnMovesTheThreshold(String failOn, int exit) {
    Result r = cli().run("scan", "--fail-on", failOn, write(dir.resolve("web.yaml"), Manifests.ESCALATION));
    assertThat(r.exit()).isEqualTo(exit);
  }

  @Test
  void theConfigurationsFailOnIsTheDefaultAndTheOptionWins() {
    write(dir.resolve("web.yaml"), Manifests.ESCALATION);
    write(dir.resolve(".kubeward.yaml"), "failOn: medium\n");
    assertThat(cli().run("scan", dir).exit()).isEqualTo(1);
    assertThat(cli().run("scan", "--fail-on", "high", dir).exit()).isZero();
  }

  @Test
  void malformedYamlInOneFileExitsTwoAfterReportingTheOthers() {
    write(dir.resolve("a-broken.yaml"), "apiVersion: v1\nkind: Pod\nmetadata: {name: x\nspec: [\n");
    write(dir.resolve("b-web.yaml"), Manifests.ESCALATION);
    write(dir.resolve("c-agent.yaml"), Manifests.PRIVILEGED);
    Result r = cli().run("scan", dir);
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.out())
        .contains("b-web.yaml\n  Deployment/shop/web\n")
        .contains("c-agent.yaml\n  DaemonSet/kube-system/node-agent\n")
        .containsPattern("a-broken.yaml:\\d+:\\d+: error: invalid YAML")
        .contains("3 files, 2 resources, 2 findings (1 critical, 1 medium), 1 input error");
  }

  @Test
  void aMissingPathIsAnInputError() {
    write(dir.resolve("web.yaml"), Manifests.ESCALATION);
    Result r = cli().run("scan", dir.resolve("web.yaml"), dir.resolve("nope.yaml"));
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.out()).contains("nope.yaml: error: no such file or directory; check the path")
        .contains("Deployment/shop/web");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "scan --bogus                  | Unknown option: '--bogus'",
      "scan --formt json             | Unknown option: '--formt'",
      "scan --format xml             | unknown format \"xml\"; choose one of table, json, sarif, junit",
      "scan -o yaml=out.yaml         | unknown format \"yaml\"",
      "scan --fail-on severe         | Invalid value for option '--fail-on': \"severe\" is not a severity; choose critical, high, medium, low or info",
      "scan --fail-on                | Missing required parameter for option '--fail-on'",
      "rules --format sarif          | unknown format \"sarif\"; choose one of table, json, markdown",
      "frobnicate                    | Unmatched argument at index 0: 'frobnicate'",
  })
  void usageErrorsExitTwoWithAClearMessageAndNoStackTrace(String args, String message) {
    Result r = cli().run((Object[]) args.split(" "));
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).startsWith("kubeward: error: " + message)
        .contains("Run 'kubeward ")
        .doesNotContain("\tat ")
        .doesNotContain("Usage:");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void aMisspeltOptionGetsASuggestion() {
    assertThat(cli().run("scan", "--formt", "json").err()).contains("Possible solutions: --format");
  }

  @Test
  void noCommandIsAUsageError() {
    Result r = cli().run();
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).startsWith("kubeward: error: name a command, e.g. `kubeward scan .`");
  }

  @Test
  void helpAndVersionExitZero() {
    Result help = cli().run("scan", "--help");
    assertThat(help.exit()).isZero();
    assertThat(help.out()).contains("Usage: kubeward scan", "--fail-on=SEVERITY");
    Result version = cli().run("--version");
    assertThat(version.exit()).isZero();
    assertThat(version.out()).startsWith("kubeward " + KubewardCommand.version() + "\n");
  }

  @Test
  void anInternalErrorIsBriefWithoutDebugAndHasItsStackTraceWithIt() {
    Path file = write(dir.resolve("web.yaml"), Manifests.ESCALATION);
    List<Rule> rules = new ArrayList<>(Cli.twoRules().rules());
    rules.add(Rule.of(new BrokenCheck()));
    Catalog broken = new Catalog(rules);

    Result brief = cli().catalog(broken).run("scan", file);
    assertThat(brief.exit()).isEqualTo(2);
    assertThat(brief.err()).isEqualTo("kubeward: internal error: java.lang.IllegalStateException: kinds are broken"
        + " (run with --debug for details, and please report it)\n");

    Result debug = cli().catalog(broken).run("scan", "--debug", file);
    assertThat(debug.exit()).isEqualTo(2);
    assertThat(debug.err()).startsWith("kubeward: internal error: java.lang.IllegalStateException: kinds are broken\n")
        .contains("\tat dev.kubeward.cli.ExitCodeTest$BrokenCheck.kinds(");
  }

  /** A check whose module has a bug the engine cannot contain: it fails while the engine is set up. */
  @CheckInfo(id = "KW-9999", summary = "Broken on purpose", severity = Severity.LOW, category = Category.RELIABILITY,
      remediation = "Nothing to do.")
  static final class BrokenCheck implements ResourceCheck {
    @Override
    public Set<String> kinds() {
      throw new IllegalStateException("kinds are broken");
    }

    @Override
    public void check(Resource resource, Findings findings) {}
  }
}
