package dev.kubeward.cli;

import static dev.kubeward.cli.Cli.cli;
import static dev.kubeward.cli.Cli.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kubeward.cli.Cli.Manifests;
import dev.kubeward.cli.Cli.Result;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --write-baseline, then --baseline: only what is new is reported. */
class BaselineTest {

  @TempDir Path dir;
  Path manifests;
  Path baseline;

  @BeforeEach
  void accepted() {
    manifests = dir.resolve("deploy");
    write(manifests.resolve("web.yaml"), Manifests.ESCALATION);
    write(manifests.resolve("agent.yaml"), Manifests.PRIVILEGED);
    baseline = dir.resolve(".kubeward/baseline.json");
    Result r = cli().run("scan", "--write-baseline", baseline, manifests);
    assertThat(r.exit()).as("writing a baseline accepts the findings").isZero();
    assertThat(r.err()).isEqualTo("kubeward: wrote 2 findings to the baseline " + baseline + "\n");
  }

  @Test
  void aBaselineHidesTheAcceptedFindings() {
    Result r = cli().run("scan", "--baseline", baseline, manifests);
    assertThat(r.exit()).isZero();
    assertThat(r.out()).endsWith("2 files, 2 resources, 0 findings, 2 suppressed. PASS: nothing at or above high\n");
  }

  @Test
  void onlyNewFindingsAreReported() {
    write(manifests.resolve("web.yaml"), Manifests.ESCALATION + """
              - name: debug
                image: registry.example/debug:1.0
                securityContext:
                  privileged: true
        """);
    Result r = cli().run("scan", "--baseline", baseline, manifests);
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out())
        .contains("container debug runs privileged")
        .contains("container debug does not set allowPrivilegeEscalation")
        .doesNotContain("container app does not set")
        .doesNotContain("container agent runs privileged")
        .contains("2 findings (1 critical, 1 medium), 2 suppressed.");
  }

  @Test
  void linesMovingDoNotResurfaceAcceptedFindings() {
    write(manifests.resolve("web.yaml"), """
        # The web front end.
        # Owned by team-web; see the runbook.
        apiVersion: v1
        kind: ConfigMap
        metadata: {name: web-settings, namespace: shop}
        data:
          mode: production
        ---
        """ + Manifests.ESCALATION.replace("metadata:\n  name: web", "metadata:\n  labels: {tier: front}\n  name: web"));
    Result r = cli().run("scan", "--baseline", baseline, manifests);
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("0 findings, 2 suppressed.");
  }

  @Test
  void rewritingTheBaselineWhileUsingItKeepsItsEntries() {
    Result r = cli().run("scan", "--baseline", baseline, "--write-baseline", baseline, manifests);
    assertThat(r.exit()).isZero();
    assertThat(r.err()).isEqualTo("kubeward: wrote 2 findings to the baseline " + baseline + "\n");
    assertThat(cli().run("scan", "--baseline", baseline, manifests).exit()).isZero();
  }

  @Test
  void aCorruptBaselineIsAClearError() {
    write(baseline, "{\"schemaVersion\": \"1.0\", \"findings\": [\n");
    Result r = cli().run("scan", "--baseline", baseline, manifests);
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).isEqualTo(baseline + ":2:1: error: not a baseline file: invalid JSON; regenerate it with --write-baseline\n");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void aMissingBaselineSaysHowToMakeOne() {
    Path none = dir.resolve("none.json");
    Result r = cli().run("scan", "--baseline", none, manifests);
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).isEqualTo(none + ": error: no such baseline file; create one with --write-baseline " + none + "\n");
  }
}
