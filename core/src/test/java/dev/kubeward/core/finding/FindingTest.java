package dev.kubeward.core.finding;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kubeward.core.check.Rule;
import dev.kubeward.core.check.Severity;
import dev.kubeward.core.model.ResourceRef;
import dev.kubeward.core.testing.TestChecks;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FindingTest {

  private final Rule rule = TestChecks.catalog().rules().get(0);
  private final ResourceRef web = new ResourceRef("apps/v1", "Deployment", Optional.of("shop"), "web");

  private Finding at(int line, String path, String container) {
    return new Finding(rule, Severity.HIGH, web, new Location("w.yaml", line, 9), path,
        Optional.ofNullable(container), "m");
  }

  @Test
  void theFingerprintIgnoresLinesAndTheContainersPositionInItsList() {
    Finding before = at(12, "spec.template.spec.containers[0].securityContext.privileged", "app");
    Finding moved = at(40, "spec.template.spec.containers[2].securityContext.privileged", "app");
    assertThat(moved.fingerprint()).isEqualTo(before.fingerprint());
  }

  @Test
  void theFingerprintStillTellsContainersAndFieldsApart() {
    Finding app = at(12, "spec.template.spec.containers[0].securityContext.privileged", "app");
    assertThat(at(12, "spec.template.spec.containers[1].securityContext.privileged", "sidecar").fingerprint())
        .isNotEqualTo(app.fingerprint());
    assertThat(at(12, "spec.template.spec.initContainers[0].securityContext.privileged", "app").fingerprint())
        .isNotEqualTo(app.fingerprint());
    assertThat(at(12, "spec.template.spec.volumes[0].hostPath", null).fingerprint())
        .isNotEqualTo(at(12, "spec.template.spec.volumes[1].hostPath", null).fingerprint());
  }

  private Finding of(String format, Object... args) {
    return Finding.of(rule, Severity.HIGH, web, new Location("w.yaml", 3, 9), "spec", Optional.empty(), format, args);
  }

  @Test
  void aMessageMadeWhenReadEqualsTheOneMadeAtOnce() {
    Finding later = of("container %s runs as %s (%s)", "app", 0, true);
    Finding now = new Finding(rule, Severity.HIGH, web, new Location("w.yaml", 3, 9), "spec", Optional.empty(),
        "container app runs as 0 (true)");
    assertThat(later.message()).isEqualTo("container app runs as 0 (true)");
    assertThat(later).isEqualTo(now).hasSameHashCodeAs(now);
    assertThat(now).isEqualTo(later);
    assertThat(of("container %s runs as %s (%s)", "app", 1, true)).isNotEqualTo(later);
  }

  @Test
  void anArgumentThatCanChangeIsReadWhenReported() {
    StringBuilder name = new StringBuilder("app");
    java.util.List<String> caps = new java.util.ArrayList<>(java.util.List.of("NET_RAW"));
    Finding f = of("container %s adds %s", name, caps);
    name.append("-renamed");
    caps.add("SYS_ADMIN");
    assertThat(f.message()).isEqualTo("container app adds [NET_RAW]");
  }

  @Test
  void theArgumentsAreCopied() {
    Object[] args = {"app"};
    Finding f = of("container %s", args);
    args[0] = "other";
    assertThat(f.message()).isEqualTo("container app");
  }

  @Test
  void aFormatThatDoesNotFitItsArgumentsFailsInTheCheck() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> of("runs as %d", "root"))
        .isInstanceOf(java.util.IllegalFormatException.class);
    assertThat(of("%d%% of %s", 50, "pods").message()).isEqualTo("50% of pods");
    assertThat(of("100%").message()).isEqualTo("100%");
  }
}
