package dev.kubeward.cli;

import static dev.kubeward.cli.Cli.cli;
import static dev.kubeward.cli.Cli.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kubeward.cli.Cli.Result;
import dev.kubeward.report.testing.Golden;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code kubeward netpol connlist} and {@code explain} as users run them: every format on one
 * input (golden files in golden/netpol), focus, explanations and their exit codes, input errors.
 */
class NetpolCommandTest {

  private static final Path INPUT = Path.of("src/test/resources/golden/netpol/input");
  private static final Path EXPECTED = Path.of("src/test/resources/golden/netpol/expected");

  @TempDir Path dir;

  @ParameterizedTest(name = "{0}")
  @CsvSource({"connlist.txt, txt", "connlist.json, json", "connlist.csv, csv", "connlist.md, md", "connlist.dot, dot"})
  void connlistFormatsMatchTheirGoldenFiles(String golden, String format) {
    Result r = cli().run("netpol", "connlist", "--format", format, INPUT);
    assertThat(r.err()).isEmpty();
    assertThat(r.exit()).isZero();
    Golden.assertMatches(EXPECTED.resolve(golden), r.out());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "explain-allowed.txt | --from=shop/frontend | --to=shop/backend | --format=txt | 0",
      "explain-denied-port.txt | --from=frontend | --to=backend | --port=80 | 1",
      "explain-external.txt | --from=203.0.113.9 | --to=shop/frontend[Deployment] | --port=8080/tcp | 0",
      "explain.json | --from=shop/backend | --to=shop/db | --format=json | 0"})
  void explanationsMatchTheirGoldenFiles(String golden, String from, String to, String option, int exit) {
    Result r = cli().run("netpol", "explain", INPUT, from, to, option);
    assertThat(r.err()).isEmpty();
    assertThat(r.exit()).isEqualTo(exit);
    Golden.assertMatches(EXPECTED.resolve(golden), r.out().replace(INPUT + "/", "input/"));
  }

  @Test
  void focusKeepsTheLinesOfOneWorkload() {
    Result r = cli().run("netpol", "connlist", INPUT, "--focus-workload", "shop/backend");
    assertThat(r.exit()).isZero();
    assertThat(r.out().lines()).containsExactly(
        "shop/backend[Deployment] => shop/db[StatefulSet] : TCP 5432",
        "shop/frontend[Deployment] => shop/backend[Deployment] : TCP 9090");
    Result bare = cli().run("netpol", "connlist", INPUT, "--focus-workload", "backend");
    assertThat(bare.out()).isEqualTo(r.out());
  }

  @Test
  void unknownWorkloadsAreUsageErrorsWithSuggestions() {
    Result r = cli().run("netpol", "connlist", INPUT, "--focus-workload", "shop/back");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("--focus-workload shop/back: no such workload in the input; did you mean shop/backend[Deployment]?");
    Result e = cli().run("netpol", "explain", INPUT, "--from", "nope", "--to", "shop/db");
    assertThat(e.exit()).isEqualTo(2);
    assertThat(e.err()).contains("--from nope: no such workload");
    Result port = cli().run("netpol", "explain", INPUT, "--from", "shop/backend", "--to", "shop/db", "--port", "99999/tcp");
    assertThat(port.exit()).isEqualTo(2);
    assertThat(port.err()).contains("--port 99999/tcp: write a port number from 1 to 65535");
  }

  @Test
  void badInputIsReportedAtItsPositionAndExitsTwoWhileTheValidRestIsListed() {
    write(dir.resolve("bad.yaml"), """
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata: {name: broken, namespace: ns}
        spec:
          podSelector: {}
          ingress:
          - from: [{ipBlock: {cidr: 10.0.0/8}}]
        """);
    write(dir.resolve("pods.yaml"), "apiVersion: v1\nkind: Pod\nmetadata: {name: a, namespace: ns}\nspec: {containers: [{name: c}]}\n");
    write(dir.resolve("broken.yaml"), "apiVersion: v1\nkind: Pod\nmetadata: {name: [\n");
    Result r = cli().run("netpol", "connlist", dir);
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("bad.yaml:7:23: error: spec.ingress[0].from[0].ipBlock.cidr: \"10.0.0/8\" is not a valid CIDR")
        .contains("NetworkPolicy ns/broken is left out of the analysis")
        .contains("broken.yaml:");
    assertThat(r.out()).contains("0.0.0.0-255.255.255.255[External] => ns/a[Pod] : All Connections");
  }

  @Test
  void jsonCarriesStructuredEndpointsAndPorts() throws Exception {
    JsonNode root = new ObjectMapper().readTree(cli().run("netpol", "connlist", "--format", "json", INPUT).out());
    JsonNode first = root.get("connections").get(1);
    assertThat(first.get("src").asText()).isEqualTo("0.0.0.0-9.255.255.255[External]");
    assertThat(first.get("source").get("kind").asText()).isEqualTo("External");
    assertThat(first.get("destination").get("name").asText()).isEqualTo("frontend");
    assertThat(first.get("ports").get("TCP").get(0).asText()).isEqualTo("8080");
    assertThat(first.get("ports").get("all").asBoolean()).isFalse();
  }

  @Test
  void svgIsRenderedByGraphvizWhenItIsOnThePath() {
    Map<String, String> env = System.getenv();
    assumeTrue(Graphviz.dot(env).isPresent(), "Graphviz's dot is not on the PATH: the svg format cannot be tested here");
    Result r = cli().env("PATH", env.get("PATH")).run("netpol", "connlist", "--format", "svg", INPUT);
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("<svg").contains("frontend[Deployment]");
  }

  @Test
  void svgWithoutGraphvizSaysWhatToInstall() {
    Result r = cli().env("PATH", dir.toString()).run("netpol", "connlist", "--format", "svg", INPUT);
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("svg output needs Graphviz's dot program on the PATH");
  }
}
