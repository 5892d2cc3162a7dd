package dev.kubeward.cli;

import static dev.kubeward.cli.Cli.cli;
import static dev.kubeward.cli.Cli.write;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kubeward.cli.Cli.Manifests;
import dev.kubeward.cli.Cli.Result;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** .kubeward.yaml: where it is found, what each setting does, and how mistakes in it are reported. */
class ConfigTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String ESCALATION = "privilege-escalation-allowed Deployment shop/web app";
  private static final String PRIVILEGED = "privileged-container DaemonSet kube-system/node-agent agent";

  @TempDir Path dir;

  @BeforeEach
  void manifests() {
    write(dir.resolve("web.yaml"), Manifests.ESCALATION);
    write(dir.resolve("agent.yaml"), Manifests.PRIVILEGED);
  }

  private Path config(String text) {
    return write(dir.resolve(".kubeward.yaml"), text);
  }

  /** The active findings as {@code slug kind namespace/name container}, from the JSON report. */
  static List<String> active(Result r) throws Exception {
    List<String> out = new ArrayList<>();
    for (JsonNode f : MAPPER.readTree(r.out()).at("/findings")) {
      if (!f.at("/suppressed").asBoolean()) {
        JsonNode res = f.at("/resource");
        out.add(f.at("/slug").asText() + " " + res.at("/kind").asText() + " " + res.at("/namespace").asText()
            + "/" + res.at("/name").asText() + " " + f.at("/container").asText());
      }
    }
    return out;
  }

  @Test
  void foundInTheScannedFolder() throws Exception {
    config("rules:\n  disable: [privileged-container]\n");
    assertThat(active(cli().run("scan", "--format", "json", dir))).containsExactly(ESCALATION);
  }

  @Test
  void foundBesideAScannedFile() throws Exception {
    config("rules:\n  disable: [KW-0002]\n");
    Result r = cli().run("scan", "--format", "json", dir.resolve("web.yaml"));
    assertThat(active(r)).isEmpty();
    assertThat(r.exit()).isZero();
  }

  @Test
  void configOptionAndNoConfig() throws Exception {
    config("rules:\n  disable: [KW-0001, KW-0002]\n");
    Path other = write(dir.resolve("ci/strict.yaml"), "rules:\n  disable: [privilege-escalation-allowed]\n");
    assertThat(active(cli().run("scan", "--format", "json", dir))).isEmpty();
    assertThat(active(cli().run("scan", "--format", "json", "--config", other, dir))).containsExactly(PRIVILEGED);
    assertThat(active(cli().run("scan", "--format", "json", "--no-config", dir))).hasSize(2);
    Result both = cli().run("scan", "--config", other, "--no-config", dir);
    assertThat(both.exit()).isEqualTo(2);
    assertThat(both.err()).startsWith("kubeward: error: --config and --no-config exclude each other");
  }

  @Test
  void aMissingConfigFileIsAnError() {
    Result r = cli().run("scan", "--config", dir.resolve("nope.yaml"), dir);
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).endsWith("nope.yaml: error: no such file; check the path\n");
  }

  @Test
  void enableOnlyRunsTheNamedRules() throws Exception {
    config("rules:\n  enableOnly: [privileged-container]\n");
    assertThat(active(cli().run("scan", "--format", "json", dir))).containsExactly(PRIVILEGED);
  }

  @Test
  void enableAndDisableOnTheCommandLineNarrowTheConfiguration() throws Exception {
    assertThat(active(cli().run("scan", "--format", "json", "--enable", "KW-0001", dir))).containsExactly(PRIVILEGED);
    assertThat(active(cli().run("scan", "--format", "json", "--disable", "privileged-container", dir)))
        .containsExactly(ESCALATION);
    assertThat(active(cli().run("scan", "--format", "json", "--enable", "KW-0001,KW-0002", "--disable", "KW-0002", dir)))
        .containsExactly(PRIVILEGED);
    config("rules:\n  enableOnly: [privileged-container]\n");
    assertThat(active(cli().run("scan", "--format", "json", "--enable", "KW-0001,KW-0002", dir)))
        .as("the command line narrows what the configuration allows").containsExactly(PRIVILEGED);
    Result contradiction = cli().run("scan", "--enable", "privilege-escalation-allowed", dir);
    assertThat(contradiction.exit()).as("nothing left to run is a usage error, not a scan of every rule").isEqualTo(2);
    assertThat(contradiction.err()).contains("leaves none of these rules on");
  }

  @Test
  void anUnknownRuleOnTheCommandLineIsAUsageError() {
    Result r = cli().run("scan", "--disable", "no-such-rule", dir);
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("--disable no-such-rule: no rule has that id or slug");
  }

  @Test
  void aSeverityOverrideChangesTheExitCode() throws Exception {
    config("rules:\n  disable: [KW-0001]\n  severity:\n    privilege-escalation-allowed: low\n");
    Result lowered = cli().run("scan", "--format", "json", dir);
    assertThat(lowered.exit()).isZero();
    assertThat(MAPPER.readTree(lowered.out()).at("/findings/0/severity").asText()).isEqualTo("low");

    config("failOn: critical\nrules:\n  severity:\n    KW-0002: critical\n  disable: [KW-0001]\n");
    Result raised = cli().run("scan", dir);
    assertThat(raised.exit()).isEqualTo(1);
    assertThat(raised.out()).contains("CRITICAL 13:9    container app does not set allowPrivilegeEscalation");
  }

  @Test
  void excludedPathsAreNotScanned() {
    write(dir.resolve("vendor/chart/agent.yaml"), Manifests.PRIVILEGED);
    config("exclude: [vendor/**, agent.yaml]\n");
    Result r = cli().run("scan", dir);
    assertThat(r.out()).contains("1 file, 1 resource").doesNotContain("node-agent");
  }

  @Test
  void exceptionsMatchOnKindNamespaceNameGlobAndContainer() throws Exception {
    write(dir.resolve("more.yaml"), String.join("---\n",
        Manifests.PRIVILEGED.replace("name: node-agent", "name: node-agent-canary"),
        Manifests.PRIVILEGED.replace("namespace: kube-system", "namespace: default"),
        Manifests.PRIVILEGED.replace("name: agent\n", "name: helper\n"),
        Manifests.PRIVILEGED.replace("kind: DaemonSet", "kind: Deployment")));
    config("""
        exceptions:
          - rule: privileged-container
            kind: DaemonSet
            namespace: kube-*
            name: node-agent*
            container: agent
            reason: The node agent manages host devices (SEC-7).
            expires: 2099-12-31
        """);
    Result r = cli().run("scan", "--format", "json", dir);
    assertThat(active(r)).containsExactlyInAnyOrder(
        ESCALATION,
        "privileged-container DaemonSet default/node-agent agent",
        "privileged-container DaemonSet kube-system/node-agent helper",
        "privileged-container Deployment kube-system/node-agent agent");
    JsonNode suppressed = MAPPER.readTree(r.out()).at("/summary/suppressed");
    assertThat(suppressed.asInt()).as("node-agent and node-agent-canary").isEqualTo(2);
  }

  @Test
  void anExceptionAppliesUpToItsExpiryDateAndNotAfter() throws Exception {
    config("""
        exceptions:
          - rule: KW-0001
            reason: until the driver is rewritten
            expires: %s
        """.formatted(Cli.TODAY));
    Result lastDay = cli().run("scan", "--format", "json", dir);
    assertThat(active(lastDay)).containsExactly(ESCALATION);

    config("""
        exceptions:
          - rule: KW-0001
            reason: until the driver is rewritten
            expires: %s
        """.formatted(Cli.TODAY.minusDays(1)));
    Result expired = cli().run("scan", dir);
    assertThat(expired.exit()).isEqualTo(1);
    assertThat(expired.out()).contains("CRITICAL 15:11   container agent runs privileged")
        .contains(".kubeward.yaml:2:5: warning: exception for KW-0001 on * */* expired on 2026-05-31;"
            + " it no longer applies: renew it with a new date or fix the findings");
  }

  @Test
  void auditListsUnmatchedAndExpiredExceptionsAndExitsOne() {
    config("""
        exceptions:
          - rule: privileged-container
            name: node-agent
            reason: in use
          - rule: privileged-container
            name: old-agent
            reason: that agent was removed
          - rule: KW-0002
            reason: temporary
            expires: 2026-01-31
        """);
    Result r = cli().run("scan", "--audit-exceptions", "--fail-on", "critical", dir);
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains(
        ".kubeward.yaml:5:5: stale exception: KW-0001 on * */old-agent matched no finding\n",
        ".kubeward.yaml:8:5: stale exception: KW-0002 on * */* expired on 2026-01-31\n");
    assertThat(r.err()).doesNotContain("*/node-agent");
  }

  @Test
  void auditPassesWhenEveryExceptionIsUsed() {
    config("exceptions:\n  - {rule: privileged-container, name: node-agent, reason: in use}\n");
    Result r = cli().run("scan", "--audit-exceptions", "--fail-on", "critical", dir);
    assertThat(r.exit()).isZero();
    assertThat(r.err()).isEqualTo("kubeward: every configured exception is in use and current\n");
    config("failOn: critical\n");
    assertThat(cli().run("scan", "--audit-exceptions", dir).err()).isEqualTo("kubeward: no exceptions are configured\n");
  }

  @Test
  void mistakesAreReportedTogetherWithFileLineAndColumn() {
    Path file = config("""
        failOn: severe
        rules:
          disable: [privileged-containers]
          severity:
            KW-0002: urgent
        exclusions: []
        exceptions:
          - rule: KW-0001
            expires: next week
        """);
    Result r = cli().run("scan", dir);
    assertThat(r.exit()).isEqualTo(2);
    String name = file.toString();
    // in file order; a mapping value is placed at its key
    assertThat(r.err().lines()).containsExactly(
        name + ":1:1: error: expected a severity (critical, high, medium, low, info), found severe",
        name + ":3:13: error: no rule is named \"privileged-containers\"; `kubeward rules` lists the ids and slugs",
        name + ":5:5: error: expected a severity (critical, high, medium, low, info), found urgent",
        name + ":6:1: error: unknown setting \"exclusions\"; known here: checks, exceptions, exclude, failOn, rules",
        name + ":8:5: error: an exception needs a `reason`: say why the finding is accepted",
        name + ":9:5: error: expires must be a date as YYYY-MM-DD, found next week");
    assertThat(r.err()).doesNotContain("\tat ");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void anExceptionMatchKeyThatIsNotANameIsAnErrorNotAWildcard() {
    Path file = config("""
        exceptions:
          - rule: KW-0001
            container: [agent, helper]
            namespace: {name: kube-system}
            reason: one exception for two containers
        """);
    Result r = cli().run("scan", dir);
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err().lines()).containsExactly(
        file + ":3:5: error: container must be a single name or pattern, found a list;"
            + " leave it out to match every container, or write one exception per value",
        file + ":4:5: error: namespace must be a single name or pattern, found a mapping;"
            + " leave it out to match every namespace, or write one exception per value");
  }

  @Test
  void invalidYamlInTheConfigurationIsReportedWithItsPosition() {
    Path file = config("rules:\n  disable: [KW-0001\n");
    Result r = cli().run("scan", dir);
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).startsWith(file + ":3:1: error: ");
  }
}
