package dev.kubeward.core.finding;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kubeward.core.check.Rule;
import dev.kubeward.core.check.Severity;
import dev.kubeward.core.model.ResourceRef;
import dev.kubeward.core.testing.TestChecks;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The engine's way of making a finding, which keeps the report's own array of arguments, makes what {@link Finding#of} makes. */
class FindingOfReportTest {

  private final Rule rule = TestChecks.catalog().rules().get(0);
  private final ResourceRef web = new ResourceRef("apps/v1", "Deployment", Optional.of("shop"), "web");

  private Finding plain(String format, Object... args) {
    return Finding.of(rule, Severity.HIGH, web, new Location("w.yaml", 3, 9), "spec", Optional.of("app"), format, args);
  }

  private Finding reported(String format, Object... args) {
    return Finding.ofReport(rule, Severity.HIGH, web, new Location("w.yaml", 3, 9), "spec", Optional.of("app"), format, args);
  }

  @Test
  void aReportedFindingEqualsThePlainOne() {
    Object[][] cases = {
      {"no arguments"},
      {"container %s runs as %s", "app", 0},
      {"%s of %s at %s%%", 1L, true, 'x'},
      {"selector %s", new StringBuilder("app=web")},
      {"caps %s", List.of("NET_RAW")},
      {"uid %d", 5},
    };
    for (Object[] c : cases) {
      String format = (String) c[0];
      Object[] args = java.util.Arrays.copyOfRange(c, 1, c.length);
      Finding expected = plain(format, args.clone());
      Finding actual = reported(format, args);
      assertThat(actual).as(format).isEqualTo(expected);
      assertThat(actual.message()).as(format).isEqualTo(expected.message());
    }
  }

  @Test
  void anArgumentThatCanChangeIsStillReadWhenReported() {
    StringBuilder name = new StringBuilder("app");
    Finding f = reported("container %s", name);
    name.append("-renamed");
    assertThat(f.message()).isEqualTo("container app");
  }
}
