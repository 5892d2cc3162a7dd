package dev.kubeward.cli;

import static dev.kubeward.cli.Cli.cli;
import static dev.kubeward.cli.Cli.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kubeward.cli.Cli.Result;
import dev.kubeward.core.check.Catalog;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Pod Security rules in {@code kubeward scan}: opt-in with --pss-level, replacing the workload
 * rules they cover. The catalogue here: KW-0001 privileged-container (pss:baseline/privileged),
 * KW-0002 privilege-escalation-allowed (pss:restricted/allowPrivilegeEscalation), and their PSS
 * counterparts KW-0106 and KW-0112.
 */
class ScanPssTest {

  @TempDir Path dir;

  private static final Catalog RULES = new Catalog(Catalog.load().rules().stream()
      .filter(r -> Set.of("KW-0001", "KW-0002", "KW-0106", "KW-0112").contains(r.id())).toList());

  private static final String POD = """
      apiVersion: v1
      kind: Pod
      metadata: {name: agent, namespace: ops}
      spec:
        containers:
        - name: agent
          image: registry.example/agent:1
          securityContext:
            privileged: true
      """;

  private Result scan(Object... args) {
    Object[] argv = new Object[args.length + 3];
    argv[0] = "scan";
    argv[1] = "--no-config";
    System.arraycopy(args, 0, argv, 2, args.length);
    argv[argv.length - 1] = write(dir.resolve("pod.yaml"), POD);
    return cli().catalog(RULES).run(argv);
  }

  @Test
  void byDefaultTheWorkloadRulesReport() {
    assertThat(scan().out()).contains("[KW-0001 privileged-container]").contains("[KW-0002 privilege-escalation-allowed]")
        .doesNotContain("KW-0106").doesNotContain("KW-0112");
  }

  @Test
  void atBaselineThePssRuleReplacesTheBaselineWorkloadRuleOnly() {
    Result r = scan("--pss-level", "baseline");
    assertThat(r.out())
        .contains("CRITICAL 9:7     privileged (container \"agent\" must not set securityContext.privileged=true) [KW-0106 pss-privileged]")
        .contains("[KW-0002 privilege-escalation-allowed]")
        .doesNotContain("KW-0001").doesNotContain("KW-0112");
  }

  @Test
  void atRestrictedEveryCoveredWorkloadRuleStepsAside() {
    Result r = scan("--pss-level", "restricted:v1.30");
    assertThat(r.out()).contains("[KW-0106 pss-privileged]")
        .contains("allowPrivilegeEscalation != false (container \"agent\" must set securityContext.allowPrivilegeEscalation=false) [KW-0112 pss-allow-privilege-escalation]")
        .doesNotContain("KW-0001").doesNotContain("KW-0002");
  }

  @Test
  void theVersionDecidesWhichChecksReport() {
    assertThat(scan("--pss-level", "restricted:v1.7").out()).contains("KW-0106").doesNotContain("KW-0112");
  }

  @Test
  void aNamedPssRuleRunsWithoutTheOption() {
    assertThat(scan("--enable", "pss-privileged").out()).contains("[KW-0106 pss-privileged]").doesNotContain("KW-0001");
  }

  @Test
  void usageAndConfigurationErrors() {
    Result bad = scan("--pss-level", "strict");
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err()).contains("--pss-level strict: \"strict\" is not a level; choose baseline, restricted or privileged");
    Path cfg = write(dir.resolve(".kubeward.yaml"), "checks:\n  pss-privileged:\n    version: \"1.30\"\n");
    Result config = cli().catalog(RULES).run("scan", "-c", cfg, write(dir.resolve("pod.yaml"), POD));
    assertThat(config.exit()).isEqualTo(2);
    assertThat(config.err()).contains(":3:5: error: checks.pss-privileged: version \"1.30\" is not latest or v1.N");
  }
}
