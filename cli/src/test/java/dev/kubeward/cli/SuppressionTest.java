package dev.kubeward.cli;

import static dev.kubeward.cli.Cli.cli;
import static dev.kubeward.cli.Cli.write;
import static dev.kubeward.cli.ConfigTest.active;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kubeward.cli.Cli.Result;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ignore.kubeward.dev annotations on a resource and on its pod template. */
class SuppressionTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** Two containers, each with both findings; {@code %s} and {@code %t} become annotations. */
  private static final String DEPLOYMENT = """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: web
        namespace: shop
        annotations:
          owner: team-web
      %s
      spec:
        selector: {matchLabels: {app: web}}
        template:
          metadata:
            labels: {app: web}
            annotations:
              prometheus.io/scrape: "true"
      %s
          spec:
            containers:
            - name: app
              securityContext: {privileged: true}
            - name: proxy
              securityContext: {privileged: true}
      """;

  @TempDir Path dir;

  private Path manifest(String onResource, String onTemplate) {
    return write(dir.resolve("web.yaml"), DEPLOYMENT.formatted(indent(onResource, 4), indent(onTemplate, 8)));
  }

  private static String indent(String annotations, int spaces) {
    return annotations.lines().map(l -> " ".repeat(spaces) + l).reduce((a, b) -> a + "\n" + b).orElse("");
  }

  @Test
  void onTheResourceByRuleId() throws Exception {
    Path file = manifest("ignore.kubeward.dev/KW-0001: \"runs the node's network stack\"", "");
    assertThat(active(cli().run("scan", "--format", "json", file))).containsExactly(
        "privilege-escalation-allowed Deployment shop/web app",
        "privilege-escalation-allowed Deployment shop/web proxy");
  }

  @Test
  void onThePodTemplateBySlugForOneContainer() throws Exception {
    Path file = manifest("", "ignore.kubeward.dev/privileged-container.proxy: \"the proxy programs iptables\"");
    assertThat(active(cli().run("scan", "--format", "json", file))).containsExactly(
        "privilege-escalation-allowed Deployment shop/web app",
        "privileged-container Deployment shop/web app",
        "privilege-escalation-allowed Deployment shop/web proxy");
  }

  @Test
  void aSuppressionWithoutAReasonIsReportedAndNotApplied() throws Exception {
    Path file = manifest("ignore.kubeward.dev/privileged-container: \"\"", "ignore.kubeward.dev/no-such-rule: \"why\"");
    Result r = cli().run("scan", file);
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out())
        .contains(file + ":8:5: warning: suppression of privileged-container has no reason, so it does not apply;"
            + " write why as the annotation's value")
        .contains(file + ":16:9: warning: suppression annotation names no rule \"no-such-rule\"")
        .contains("4 findings (2 critical, 2 medium). FAIL");
  }

  @Test
  void noInlineSuppressionsIgnoresThem() throws Exception {
    Path file = manifest("ignore.kubeward.dev/KW-0001: \"runs the node's network stack\"",
        "ignore.kubeward.dev/KW-0002: \"checked by the admission policy\"");
    assertThat(active(cli().run("scan", "--format", "json", file))).isEmpty();
    assertThat(active(cli().run("scan", "--format", "json", "--no-inline-suppressions", file))).hasSize(4);
  }

  @Test
  void suppressedFindingsAreListedWithVerboseAndMarkedInMachineFormats() throws Exception {
    Path file = manifest("ignore.kubeward.dev/privileged-container.app: \"runs the node's network stack\"", "");

    Result quiet = cli().run("scan", file);
    assertThat(quiet.out()).doesNotContain("suppressed (").contains("3 findings (1 critical, 2 medium), 1 suppressed.");

    Result verbose = cli().run("scan", "--verbose", file);
    assertThat(verbose.out()).contains("""
            CRITICAL 20:27   container app runs privileged: it has every capability and all host devices [KW-0001 privileged-container]
                             spec.template.spec.containers[0].securityContext.privileged  fix: \
        """).contains("suppressed (inline, " + file + ":8:5): runs the node's network stack\n");

    JsonNode json = MAPPER.readTree(cli().run("scan", "--format", "json", file).out());
    JsonNode suppressed = json.at("/findings").findParents("suppression").get(0);
    assertThat(suppressed.at("/suppressed").asBoolean()).isTrue();
    assertThat(suppressed.at("/container").asText()).isEqualTo("app");
    assertThat(suppressed.at("/suppression/kind").asText()).isEqualTo("inline");

    JsonNode sarif = MAPPER.readTree(cli().run("scan", "--format", "sarif", file).out());
    JsonNode results = sarif.at("/runs/0/results");
    assertThat(results.findValues("suppressions")).hasSize(1);
    assertThat(results.findValue("suppressions").get(0).at("/kind").asText()).isEqualTo("inSource");
    assertThat(results.findValue("suppressions").get(0).at("/justification").asText()).isEqualTo("runs the node's network stack");
  }
}
