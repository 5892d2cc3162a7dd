package dev.kubeward.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kubeward.core.engine.ScanResult;
import dev.kubeward.core.finding.Finding;
import dev.kubeward.core.finding.Location;
import dev.kubeward.core.finding.ReportedFinding;
import dev.kubeward.report.testing.Schemas;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SarifReporterTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static JsonNode sarif(ScanResult result) throws Exception {
    return MAPPER.readTree(ScanFixture.render("sarif", ScanFixture.report(result)));
  }

  @Test
  void validatesAgainstTheSarif210Schema() {
    String sarif = ScanFixture.render("sarif", ScanFixture.report(ScanFixture.scan()));
    assertThat(Schemas.violations(Schemas.sarif(), sarif)).isEmpty();
  }

  @Test
  void theSchemaCheckIsNotVacuous() {
    String broken = """
        {"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "kubeward"}},
          "results": [{"message": {"text": "x"}, "level": "severe"}]}]}
        """;
    assertThat(Schemas.violations(Schemas.sarif(), broken)).anyMatch(v -> v.contains("level"));
  }

  @Test
  void everyRuleHasHelpAndASecuritySeverity() throws Exception {
    JsonNode rules = sarif(ScanFixture.scan()).at("/runs/0/tool/driver/rules");
    assertThat(rules).hasSize(3);
    for (JsonNode rule : rules) {
      assertThat(rule.at("/id").asText()).matches("KW-\\d{4}");
      assertThat(rule.at("/shortDescription/text").asText()).isNotBlank();
      assertThat(rule.at("/help/text").asText()).isNotBlank();
      assertThat(rule.at("/help/markdown").asText()).contains("**Fix:**");
      assertThat(Double.parseDouble(rule.at("/properties/security-severity").asText())).isBetween(0.0, 10.0);
      assertThat(rule.at("/properties/tags").toString()).contains("security");
    }
    JsonNode privileged = rules.get(0);
    assertThat(privileged.at("/fullDescription/text").asText()).startsWith("A privileged container has every Linux capability");
    assertThat(privileged.at("/help/markdown").asText()).contains("Pod Security Standards: baseline/privileged");
  }

  @Test
  void descriptorsCarryTheConfiguredSeverity() throws Exception {
    JsonNode rules = sarif(ScanFixture.scan()).at("/runs/0/tool/driver/rules");
    // node-port is low by default and raised to high in the fixture's configuration
    assertThat(rules.get(2).at("/id").asText()).isEqualTo("KW-9003");
    assertThat(rules.get(2).at("/properties/security-severity").asText()).isEqualTo("8.0");
    assertThat(rules.get(2).at("/defaultConfiguration/level").asText()).isEqualTo("error");
    assertThat(rules.get(0).at("/properties/security-severity").asText()).isEqualTo("9.5");
  }

  @Test
  void resultsPointAtTheirRuleAndRegionWithAStableFingerprint() throws Exception {
    JsonNode run = sarif(ScanFixture.scan()).at("/runs/0");
    JsonNode results = run.at("/results");
    assertThat(results).hasSize(5);
    for (JsonNode result : results) {
      int index = result.at("/ruleIndex").asInt(-1);
      assertThat(run.at("/tool/driver/rules/" + index + "/id").asText()).isEqualTo(result.at("/ruleId").asText());
      JsonNode physical = result.at("/locations/0/physicalLocation");
      assertThat(physical.at("/artifactLocation/uri").asText()).isEqualTo("apps.yaml");
      assertThat(physical.at("/artifactLocation/uriBaseId").asText()).isEqualTo("%SRCROOT%");
      assertThat(physical.at("/region/startLine").asInt()).isPositive();
      assertThat(physical.at("/region/startColumn").asInt()).isPositive();
      assertThat(result.at("/partialFingerprints/kubewardFinding~1v1").asText()).matches("[0-9a-f]{64}");
    }
    assertThat(results.get(1).at("/ruleId").asText()).isEqualTo("KW-9001");
    assertThat(results.get(1).at("/locations/0/physicalLocation/region").toString()).isEqualTo("{\"startLine\":18,\"startColumn\":11}");
    assertThat(results.findValuesAsText("kubewardFinding/v1")).doesNotHaveDuplicates();
  }

  @Test
  void fingerprintsDoNotDependOnLines() throws Exception {
    ScanResult result = ScanFixture.scan();
    List<ReportedFinding> shifted = new ArrayList<>();
    for (ReportedFinding rf : result.findings()) {
      Finding f = rf.finding();
      Location l = f.location();
      shifted.add(new ReportedFinding(new Finding(f.rule(), f.severity(), f.resource(), new Location(l.file(), l.line() + 7, 1),
          f.path(), f.container(), f.message()), rf.suppression()));
    }
    ScanResult moved = new ScanResult(shifted, result.problems(), result.skipped(), result.files(), result.resources(),
        result.rules(), result.exceptions());
    assertThat(sarif(moved).at("/runs/0/results").findValuesAsText("kubewardFinding/v1"))
        .isEqualTo(sarif(result).at("/runs/0/results").findValuesAsText("kubewardFinding/v1"));
  }

  @Test
  void suppressedFindingsCarrySuppressionsWithTheirReason() throws Exception {
    JsonNode results = sarif(ScanFixture.scan()).at("/runs/0/results");
    List<String> kinds = new ArrayList<>();
    for (JsonNode r : results) {
      JsonNode s = r.at("/suppressions/0");
      if (!s.isMissingNode()) {
        kinds.add(s.at("/kind").asText() + ": " + s.at("/justification").asText());
        assertThat(s.at("/status").asText()).isEqualTo("accepted");
      }
    }
    assertThat(kinds).containsExactlyInAnyOrder(
        "inSource: the sidecar follows its vendor's rolling tag",
        "external: reachable only from the office VPN (NET-12)");
  }

  @Test
  void inputProblemsAreToolNotifications() throws Exception {
    JsonNode invocation = sarif(ScanFixture.scan()).at("/runs/0/invocations/0");
    assertThat(invocation.at("/executionSuccessful").asBoolean()).isFalse();
    JsonNode note = invocation.at("/toolExecutionNotifications/0");
    assertThat(note.at("/level").asText()).isEqualTo("error");
    assertThat(note.at("/locations/0/physicalLocation/artifactLocation/uri").asText()).isEqualTo("broken.yaml");
    assertThat(note.at("/locations/0/physicalLocation/region/startLine").asInt()).isPositive();
  }

  @Test
  void fileNamesBecomeUriReferences() {
    assertThat(SarifReporter.uri("deploy/my app.yaml")).isEqualTo("deploy/my%20app.yaml");
    assertThat(SarifReporter.uri("deploy\\web.yaml")).isEqualTo("deploy/web.yaml");
    assertThat(SarifReporter.uri("/tmp/deploy/web.yaml")).isEqualTo("file:///tmp/deploy/web.yaml");
    assertThat(SarifReporter.uri("<stdin>")).isEqualTo("%3Cstdin%3E");
  }

  @Test
  void anEmptyScanIsValidToo() {
    ScanResult empty = new ScanResult(List.of(), List.of(), List.of(), 0, 0, TestChecks.catalog().rules(), List.of());
    String sarif = ScanFixture.render("sarif", ScanFixture.report(empty));
    assertThat(Schemas.violations(Schemas.sarif(), sarif)).isEmpty();
    assertThat(Optional.of(sarif)).get().asString().contains("\"results\" : [ ]");
  }
}
