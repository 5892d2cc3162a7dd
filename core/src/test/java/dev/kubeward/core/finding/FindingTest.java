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
}
