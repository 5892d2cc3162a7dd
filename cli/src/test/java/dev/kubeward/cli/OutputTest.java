package dev.kubeward.cli;

import static dev.kubeward.cli.Cli.cli;
import static dev.kubeward.cli.Cli.read;
import static dev.kubeward.cli.Cli.write;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kubeward.cli.Cli.Manifests;
import dev.kubeward.cli.Cli.Result;
import dev.kubeward.report.testing.Schemas;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --format and repeated -o: which format goes where. */
class OutputTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir Path dir;
  Path manifests;

  @BeforeEach
  void manifests() {
    manifests = dir.resolve("manifests");
    write(manifests.resolve("web.yaml"), Manifests.ESCALATION);
    write(manifests.resolve("agent.yaml"), Manifests.PRIVILEGED);
  }

  @Test
  void severalOutputsAtOnce() throws Exception {
    Path sarif = dir.resolve("out/kubeward.sarif");
    Path json = dir.resolve("out/kubeward.json");
    Path junit = dir.resolve("out/junit.xml");
    Result r = cli().run("scan", "-o", "sarif=" + sarif, "-o", "json=" + json, "--output", "junit=" + junit, "-o", "table", manifests);
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).contains("DaemonSet/kube-system/node-agent").contains("FAIL: findings at or above high");
    assertThat(Schemas.violations(Schemas.sarif(), read(sarif))).isEmpty();
    assertThat(Schemas.violations(Schemas.jsonReport(), read(json))).isEmpty();
    assertThat(MAPPER.readTree(read(json)).at("/summary/findings").asInt()).isEqualTo(2);
    assertThat(MAPPER.readTree(read(sarif)).at("/runs/0/results")).hasSize(2);
    var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(Files.readAllBytes(junit)));
    assertThat(doc.getDocumentElement().getAttribute("failures")).isEqualTo("2");
  }

  @Test
  void formatPutsOneFormatOnStandardOutput() throws Exception {
    Result r = cli().run("scan", "--format", "json", manifests);
    assertThat(r.exit()).isEqualTo(1);
    JsonNode report = MAPPER.readTree(r.out());
    assertThat(report.at("/tool/version").asText()).isEqualTo(KubewardCommand.version());
    assertThat(Schemas.violations(Schemas.jsonReport(), r.out())).isEmpty();
    assertThat(r.err()).isEmpty();
  }

  @Test
  void formatAndAFileOutputTogether() {
    Path sarif = dir.resolve("k.sarif");
    Result r = cli().run("scan", "--format", "json", "-o", "sarif=" + sarif, manifests);
    assertThat(r.out()).startsWith("{");
    assertThat(sarif).exists();
  }

  @Test
  void twoOutputsOnStandardOutputAreRefused() {
    for (Object[] args : new Object[][] {
        {"scan", "-o", "json", "-o", "table", manifests},
        {"scan", "--format", "json", "-o", "sarif", manifests}}) {
      Result r = cli().run(args);
      assertThat(r.exit()).isEqualTo(2);
      assertThat(r.err()).startsWith(
          "kubeward: error: only one format can go to standard output; give the others a file: -o FORMAT=FILE");
      assertThat(r.out()).isEmpty();
    }
  }

  @Test
  void anEmptyFileNameIsRefused() {
    Result r = cli().run("scan", "-o", "json=", manifests);
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).startsWith("kubeward: error: -o json=: name a file after '='");
  }

  @Test
  void writesIntoAFolderThatDoesNotExistYet() {
    Path deep = dir.resolve("reports/2026/06/kubeward.json");
    Result r = cli().run("scan", "-o", "json=" + deep, manifests);
    assertThat(r.exit()).isEqualTo(1);
    assertThat(deep).isRegularFile();
    assertThat(r.out()).isEmpty();
  }

  @Test
  void aFileThatCannotBeWrittenIsAnError() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("taken"));
    Result r = cli().run("scan", "-o", "json=" + folder, manifests);
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).startsWith(folder + ": error: cannot write the json output: ").doesNotContain("\tat ");
  }

  @Test
  void whenNoTableIsOnStandardOutputProblemsGoToStandardError() {
    write(manifests.resolve("broken.yaml"), "kind: [\n");
    Result r = cli().run("scan", "-o", "sarif=" + dir.resolve("k.sarif"), manifests);
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).containsPattern("broken.yaml:\\d+:\\d+: error: invalid YAML");
    Result table = cli().run("scan", manifests);
    assertThat(table.err()).isEmpty();
    assertThat(table.out()).contains("error: invalid YAML");
  }

  @Test
  void outputIsUtf8() {
    write(manifests.resolve("web.yaml"), Manifests.ESCALATION.replace("name: app", "name: \"caf\u00e9\""));
    Result r = cli().run("scan", "--format", "json", manifests.resolve("web.yaml"));
    assertThat(r.out()).contains("container caf\u00e9 does not set");
  }
}
