package dev.kubeward.cli;

import static dev.kubeward.cli.Cli.cli;
import static dev.kubeward.cli.Cli.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kubeward.cli.Cli.Result;
import dev.kubeward.report.testing.Schemas;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code kubeward pss}: verdicts, the JSON contract, exit codes, input problems. */
class PssCommandTest {

  @TempDir Path dir;

  /** Allowed at restricted from v1.0 on (allowPrivilegeEscalation, capabilities and seccomp set). */
  static final String RESTRICTED = """
      apiVersion: v1
      kind: Pod
      metadata: {name: calm, namespace: shop}
      spec:
        securityContext: {runAsNonRoot: true, seccompProfile: {type: RuntimeDefault}}
        containers:
        - name: app
          image: registry.example/app:1.0
          securityContext:
            allowPrivilegeEscalation: false
            capabilities: {drop: [ALL]}
      """;

  /** Allowed at baseline, denied at restricted for allowPrivilegeEscalation, capabilities, runAsNonRoot, seccomp. */
  static final String BASELINE = """
      apiVersion: apps/v1
      kind: Deployment
      metadata: {name: web, namespace: shop}
      spec:
        selector: {matchLabels: {app: web}}
        template:
          metadata: {labels: {app: web}}
          spec:
            containers:
            - name: app
              image: registry.example/web:1.0
      """;

  @Test
  void allowedWorkloadsExitZero() {
    Result r = cli().run("pss", write(dir.resolve("calm.yaml"), RESTRICTED));
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("Pod/shop/calm  allowed")
        .endsWith("1 file, 1 workload at restricted:latest (the checks of v1.37): 1 allowed, 0 denied. PASS\n");
  }

  @Test
  void aDeniedWorkloadExitsOneWithUpstreamsReasons() {
    Result r = cli().run("pss", write(dir.resolve("web.yaml"), BASELINE));
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out())
        .contains("Deployment/shop/web  DENIED")
        .contains("allowPrivilegeEscalation != false (container \"app\" must set securityContext.allowPrivilegeEscalation=false) [allowPrivilegeEscalation]")
        .contains("runAsNonRoot != true (pod or container \"app\" must set securityContext.runAsNonRoot=true) [runAsNonRoot]")
        .contains("0 allowed, 1 denied. FAIL: the API server would reject it");
  }

  @ParameterizedTest
  @CsvSource({"baseline, latest, 0", "restricted, v1.7, 1", "privileged, latest, 0", "restricted, v1.99, 1"})
  void levelAndVersionChooseTheChecks(String level, String version, int exit) {
    Result r = cli().run("pss", "--level", level, "--version", version, write(dir.resolve("web.yaml"), BASELINE));
    assertThat(r.exit()).isEqualTo(exit);
    assertThat(r.out()).contains("at " + level + ":" + version);
  }

  @Test
  void jsonIsTheDocumentedContract() {
    write(dir.resolve("a.yaml"), RESTRICTED);
    write(dir.resolve("b.yaml"), BASELINE + "---\napiVersion: v1\nkind: Pod\nmetadata: {name: bare}\nspec:\n  containers: [{name: c, securityContext: {privileged: true}}]\n");
    Result r = cli().run("pss", "--level", "baseline", "--version", "v1.30", "--format", "json", dir);
    assertThat(r.exit()).isEqualTo(1);
    assertThat(Schemas.violations(Schemas.pssReport(), r.out())).isEmpty();
    String file = dir.resolve("b.yaml").toString();
    assertThat(r.out()).contains("""
          "level" : "baseline",
          "version" : "v1.30",
        """).contains("""
            "file" : "%s",
            "resource" : {
              "apiVersion" : "v1",
              "kind" : "Pod",
              "namespace" : null,
              "name" : "bare"
            },
            "allowed" : false,
            "violations" : [ {
              "check" : "privileged",
              "reason" : "privileged",
              "detail" : "container \\"c\\" must not set securityContext.privileged=true"
            } ]
        """.formatted(file));
    assertThat(r.err()).isEmpty();
  }

  @Test
  void inputErrorsExitTwoAfterJudgingWhatCouldBeRead() {
    write(dir.resolve("a-broken.yaml"), "apiVersion: v1\nkind: Pod\nmetadata: {name: x\n");
    write(dir.resolve("b-web.yaml"), BASELINE);
    write(dir.resolve("c-typed.yaml"), "apiVersion: v1\nkind: Pod\nmetadata: {name: t}\nspec:\n  containers: {name: c}\n");
    Result table = cli().run("pss", dir);
    assertThat(table.exit()).isEqualTo(2);
    assertThat(table.out()).contains("Deployment/shop/web  DENIED").contains("Problems with the input")
        .containsPattern("a-broken.yaml:\\d+:\\d+: error: invalid YAML")
        .contains("spec.containers must be a list of mappings, found a mapping (in Pod/t); the API server would reject this object")
        .contains("2 input errors");
    Result json = cli().run("pss", "-o", "json", dir);
    assertThat(json.exit()).isEqualTo(2);
    assertThat(json.err()).containsPattern("a-broken.yaml:\\d+:\\d+: error: invalid YAML");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "pss --level strict         | --level strict: choose baseline, restricted or privileged",
      "pss --version 1.30         | --version 1.30: write latest or v1.N, e.g. v1.30",
      "pss --format sarif         | unknown format \"sarif\"; choose one of table, json"})
  void usageErrors(String args, String message) {
    Result r = cli().run((Object[]) args.split(" "));
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains(message);
  }

  @Test
  void everyWorkloadKindIsJudgedAndOtherKindsAreNot() {
    Result r = cli().run("pss", "--level", "baseline", write(dir.resolve("all.yaml"), """
        apiVersion: batch/v1
        kind: CronJob
        metadata: {name: nightly}
        spec:
          schedule: "0 3 * * *"
          jobTemplate: {spec: {template: {spec: {hostPID: true, containers: [{name: job}]}}}}
        ---
        apiVersion: v1
        kind: ConfigMap
        metadata: {name: settings}
        data: {privileged: "true"}
        """));
    assertThat(r.out()).contains("CronJob/nightly  DENIED").contains("host namespaces (hostPID=true)").doesNotContain("ConfigMap");
  }

  @Test
  void podSecurityPoliciesAreMappedForMigration() {
    Path psp = write(dir.resolve("psp.yaml"), """
        apiVersion: policy/v1beta1
        kind: PodSecurityPolicy
        metadata: {name: legacy}
        spec:
          privileged: true
          seLinux: {rule: RunAsAny}
          runAsUser: {rule: RunAsAny}
        """);
    Result table = cli().run("pss", psp);
    assertThat(table.out()).contains("PodSecurityPolicies (removed in Kubernetes 1.25) and their closest Pod Security level")
        .containsPattern("psp.yaml:1  PodSecurityPolicy legacy maps to Pod Security level privileged; baseline would forbid what it allows: privileged: true");
    Result json = cli().run("pss", "--format", "json", psp);
    assertThat(Schemas.violations(Schemas.pssReport(), json.out())).isEmpty();
    assertThat(json.out()).contains("\"podSecurityPolicies\" : [ {").contains("\"level\" : \"privileged\"");
  }

  @Test
  void helpNamesTheOptions() {
    Result r = cli().run("pss", "--help");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("--level=LEVEL").contains("--version=VERSION").contains("-o, --output=FORMAT[=FILE]");
  }
}
