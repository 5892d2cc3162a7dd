package dev.kubeward.cli;

import static dev.kubeward.cli.Cli.cli;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kubeward.cli.Cli.Result;
import dev.kubeward.report.testing.Golden;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code kubeward netpol exposure}: the golden input with Services, an Ingress and host networking. */
class ExposureCommandTest {

  private static final Path INPUT = Path.of("src/test/resources/golden/netpol/exposure-input");
  private static final Path EXPECTED = Path.of("src/test/resources/golden/netpol/expected");

  @ParameterizedTest(name = "{0}")
  @CsvSource({"exposure.txt, txt", "exposure.json, json"})
  void formatsMatchTheirGoldenFiles(String golden, String format) {
    Result r = cli().run("netpol", "exposure", "--format", format, INPUT);
    assertThat(r.err()).isEmpty();
    assertThat(r.exit()).isZero();
    Golden.assertMatches(EXPECTED.resolve(golden), r.out());
  }

  @Test
  void aLoadBalancerWithoutSourceRangesAndTheIngressAreNamed() {
    Result r = cli().run("netpol", "exposure", INPUT);
    String frontend = r.out().lines().filter(l -> l.startsWith("shop/frontend[Deployment]")).findFirst().orElseThrow();
    assertThat(frontend).contains("no loadBalancerSourceRanges", "Ingress shop/web (shop.example) to Service frontend")
        .contains("11.0.0.0-255.255.255.255 TCP 8080").doesNotContain("10.0.0.0-10.255.255.255");
  }

  @Test
  void invalidInputIsReportedWithExitCode2() {
    Result r = cli().run("netpol", "exposure", Path.of("src/test/resources/golden/netpol/exposure-input/missing.yaml"));
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("missing.yaml");
  }
}
