package dev.kubeward.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kubeward.core.check.Severity;
import dev.kubeward.core.engine.ScanResult;
import dev.kubeward.report.testing.Schemas;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonReporterTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static String json(ScanResult result) {
    return ScanFixture.render("json", ScanFixture.report(result));
  }

  @Test
  void validatesAgainstTheDocumentedSchema() {
    assertThat(Schemas.violations(Schemas.jsonReport(), json(ScanFixture.scan()))).isEmpty();
  }

  @Test
  void anEmptyScanValidatesToo() {
    ScanResult empty = new ScanResult(List.of(), List.of(), List.of(), 0, 0, TestChecks.catalog().rules(), List.of());
    assertThat(Schemas.violations(Schemas.jsonReport(), json(empty))).isEmpty();
  }

  @Test
  void theSchemaRejectsAnUndocumentedField() throws Exception {
    ObjectNode report = (ObjectNode) MAPPER.readTree(json(ScanFixture.scan()));
    ((ObjectNode) report.at("/findings/0")).put("undocumented", 1);
    ((ObjectNode) report.at("/findings/2")).remove("suppression");
    assertThat(Schemas.violations(Schemas.jsonReport(), report.toString()))
        .anyMatch(v -> v.contains("undocumented"))
        .anyMatch(v -> v.contains("suppression"));
  }

  @Test
  void summaryCountsActiveAndSuppressedFindings() throws Exception {
    JsonNode summary = MAPPER.readTree(json(ScanFixture.scan())).at("/summary");
    assertThat(summary.at("/files").asInt()).isEqualTo(3);
    assertThat(summary.at("/resources").asInt()).isEqualTo(3);
    assertThat(summary.at("/findings").asInt()).isEqualTo(3);
    assertThat(summary.at("/suppressed").asInt()).isEqualTo(2);
    assertThat(summary.at("/bySeverity").toString()).isEqualTo("{\"critical\":1,\"high\":1,\"medium\":1,\"low\":0,\"info\":0}");
    assertThat(summary.at("/inputErrors").asInt()).isEqualTo(1);
    assertThat(summary.at("/skippedDocuments").asInt()).isEqualTo(1);
    assertThat(summary.at("/failOn").asText()).isEqualTo("high");
    assertThat(summary.at("/passed").asBoolean()).isFalse();
  }

  @Test
  void passedNeedsNoFindingAtTheThresholdAndNoInputError() throws Exception {
    ScanResult result = ScanFixture.scan();
    ScanResult withoutProblems = new ScanResult(result.findings(), List.of(), result.skipped(), result.files(),
        result.resources(), result.rules(), result.exceptions());
    Report aboveFindings = new Report(withoutProblems, Severity.CRITICAL, false, false, "1");
    assertThat(aboveFindings.passed()).isFalse();
    Report critical = new Report(new ScanResult(result.active().stream().filter(f -> f.finding().severity() != Severity.CRITICAL)
        .toList(), List.of(), List.of(), 1, 1, result.rules(), List.of()), Severity.CRITICAL, false, false, "1");
    assertThat(critical.passed()).isTrue();
    Report withErrors = new Report(new ScanResult(List.of(), result.problems(), List.of(), 1, 0, result.rules(), List.of()),
        Severity.CRITICAL, false, false, "1");
    assertThat(withErrors.passed()).isFalse();
    assertThat(MAPPER.readTree(ScanFixture.render("json", withErrors)).at("/summary/passed").asBoolean()).isFalse();
  }

  @Test
  void findingsCarryTheirPlaceRuleAndSuppression() throws Exception {
    JsonNode findings = MAPPER.readTree(json(ScanFixture.scan())).at("/findings");
    assertThat(findings.get(0).at("/ruleId").asText()).as("sorted by line").isEqualTo("KW-9002");
    JsonNode privileged = findings.get(1);
    assertThat(privileged.at("/ruleId").asText()).isEqualTo("KW-9001");
    assertThat(privileged.at("/resource").toString())
        .isEqualTo("{\"apiVersion\":\"apps/v1\",\"kind\":\"Deployment\",\"namespace\":\"shop\",\"name\":\"web\"}");
    assertThat(privileged.at("/container").asText()).isEqualTo("app");
    assertThat(privileged.at("/location").toString()).isEqualTo("{\"file\":\"apps.yaml\",\"line\":18,\"column\":11}");
    assertThat(privileged.at("/path").asText()).isEqualTo("spec.template.spec.containers[0].securityContext.privileged");
    assertThat(privileged.at("/references/0/url").asText()).startsWith("https://");
    assertThat(privileged.at("/suppressed").asBoolean()).isFalse();

    JsonNode sidecar = findings.get(2);
    assertThat(sidecar.at("/container").asText()).isEqualTo("sidecar");
    assertThat(sidecar.at("/suppression").toString()).isEqualTo(
        "{\"kind\":\"inline\",\"source\":\"apps.yaml:12:9\",\"reason\":\"the sidecar follows its vendor's rolling tag\"}");

    JsonNode debug = findings.get(4);
    assertThat(debug.has("container")).isFalse();
    assertThat(debug.at("/severity").asText()).as("configured severity").isEqualTo("high");
    assertThat(debug.at("/suppression/kind").asText()).isEqualTo("exception");
    assertThat(debug.at("/suppression/source").asText()).isEqualTo(".kubeward.yaml:5:5");
  }
}
