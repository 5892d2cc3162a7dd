package dev.kubeward.cli;

import static dev.kubeward.cli.Cli.cli;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kubeward.cli.Cli.Result;
import dev.kubeward.report.testing.Golden;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kubeward netpol generate} as users run it; the proof that it keeps exactly the inferred connections is netpol's GenerateTest. */
class GenerateCommandTest {

  private static final Path INPUT = Path.of("../netpol/src/test/resources/generate/app");
  private static final Path EXPECTED = Path.of("src/test/resources/golden/netpol/expected");

  @TempDir Path dir;

  @Test
  void policiesMatchTheirGoldenFile() {
    Result r = cli().run("netpol", "generate", INPUT);
    assertThat(r.err()).isEmpty();
    assertThat(r.exit()).isZero();
    Golden.assertMatches(EXPECTED.resolve("generate.yaml"), r.out());
  }

  @Test
  void generatedPoliciesReadBackIntoTheConnectionsTheyAllow() throws Exception {
    Path generated = dir.resolve("generated.yaml");
    Files.writeString(generated, cli().run("netpol", "generate", INPUT).out());
    Result r = cli().run("netpol", "connlist", INPUT, generated);
    assertThat(r.err()).isEmpty();
    assertThat(r.out().lines()).contains("shop/frontend[Deployment] => shop/backend[Deployment] : TCP 9090",
        "shop/backend[Deployment] => data/db[StatefulSet] : TCP 5432");
  }

  @Test
  void observedConnectionsJoinAndBadLinesAreErrorsAtTheirLine() throws Exception {
    Path observed = dir.resolve("observed.txt");
    Files.writeString(observed, "data/report[CronJob] => shop/backend[Deployment] : TCP 9090\nshop/ghost[Deployment] => shop/backend[Deployment] : TCP 1\n");
    Result r = cli().run("netpol", "generate", INPUT, "--observed", observed);
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("observed.txt:2:1").contains("shop/ghost[Deployment] is not a workload of the input");
    assertThat(r.out()).contains("name: report-egress");
  }
}
