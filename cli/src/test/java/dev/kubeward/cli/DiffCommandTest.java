package dev.kubeward.cli;

import static dev.kubeward.cli.Cli.cli;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kubeward.cli.Cli.Result;
import dev.kubeward.report.testing.Golden;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code kubeward netpol diff}: the golden input against a copy whose policies open DNS over TCP,
 * carve 192.168.0.0/16 out of the frontend's ipBlock and trade the backend's egress to the
 * database for HTTPS to an outside range.
 */
class DiffCommandTest {

  private static final Path BEFORE = Path.of("src/test/resources/golden/netpol/input");
  private static final Path AFTER = Path.of("src/test/resources/golden/netpol/diff-after");
  private static final Path EXPECTED = Path.of("src/test/resources/golden/netpol/expected");

  @ParameterizedTest(name = "{0}")
  @CsvSource({"diff.txt, txt", "diff.json, json"})
  void formatsMatchTheirGoldenFiles(String golden, String format) {
    Result r = cli().run("netpol", "diff", "--format", format, BEFORE, AFTER);
    assertThat(r.err()).isEmpty();
    assertThat(r.exit()).isEqualTo(1);
    Golden.assertMatches(EXPECTED.resolve(golden), r.out());
  }

  @Test
  void eachKindOfDifferenceIsFound() {
    String out = cli().run("netpol", "diff", BEFORE, AFTER).out();
    assertThat(out.lines()).contains(
        "changed shop/frontend[Deployment] => kube-system/coredns[Deployment] : UDP 53 -> TCP 53,UDP 53",
        "removed shop/backend[Deployment] => shop/db[StatefulSet] : TCP 5432",
        "added   shop/backend[Deployment] => 203.0.113.0-203.0.113.255[External] : TCP 443",
        "removed 192.168.0.0-192.168.255.255[External] => shop/frontend[Deployment] : TCP 8080");
  }

  @Test
  void theSameInputHasNoDifference() {
    Result r = cli().run("netpol", "diff", BEFORE, BEFORE);
    assertThat(r.exit()).isZero();
    assertThat(r.out()).isEmpty();
  }

  @Test
  void reversingTheInputsSwapsAddedAndRemoved() {
    String forward = cli().run("netpol", "diff", BEFORE, AFTER).out();
    String backward = cli().run("netpol", "diff", AFTER, BEFORE).out();
    assertThat(forward.lines().filter(l -> l.startsWith("added")).map(l -> l.substring(8)))
        .containsExactlyInAnyOrderElementsOf(backward.lines().filter(l -> l.startsWith("removed")).map(l -> l.substring(8)).toList());
  }
}
