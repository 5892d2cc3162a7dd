package dev.kubeward.cli;

import static dev.kubeward.cli.Cli.cli;
import static dev.kubeward.cli.Cli.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kubeward.cli.Cli.Result;
import dev.kubeward.report.testing.Schemas;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kubeward pss} with namespace labels, an admission configuration and what-if. */
class PssNamespaceTest {

  @TempDir Path dir;

  private static final String SHOP = """
      apiVersion: v1
      kind: Namespace
      metadata:
        name: shop
        labels:
          pod-security.kubernetes.io/enforce: baseline
          pod-security.kubernetes.io/audit: restricted
      ---
      apiVersion: v1
      kind: Pod
      metadata: {name: web, namespace: shop}
      spec: {containers: [{name: app}]}
      ---
      apiVersion: v1
      kind: Pod
      metadata: {name: agent, namespace: shop}
      spec: {hostNetwork: true, containers: [{name: app}]}
      """;

  @Test
  void labelsJudgeEachWorkloadInItsNamespace() {
    Result r = cli().run("pss", write(dir.resolve("shop.yaml"), SHOP));
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out())
        .contains("Pod/shop/web  allowed by enforce baseline:latest (labels of Namespace shop)")
        .contains("    audit restricted:latest (labels of Namespace shop) records:\n"
            + "      allowPrivilegeEscalation != false (container \"app\" must set securityContext.allowPrivilegeEscalation=false) [allowPrivilegeEscalation]")
        .contains("Pod/shop/agent  DENIED by enforce baseline:latest (labels of Namespace shop)\n"
            + "    host namespaces (hostNetwork=true) [hostNamespaces]")
        .contains("2 workloads in their namespaces: 1 allowed, 1 denied, 2 flagged by audit or warn. FAIL");
  }

  @Test
  void jsonCarriesEveryModeAndNoLevelWhenNamespacesDecide() {
    Result r = cli().run("pss", "--format", "json", write(dir.resolve("shop.yaml"), SHOP));
    assertThat(Schemas.violations(Schemas.pssReport(), r.out())).isEmpty();
    assertThat(r.out()).contains("\"level\" : null,\n  \"version\" : null,").contains("""
            "admission" : {
              "namespace" : "shop",
              "enforce" : {
                "level" : "baseline",
                "version" : "latest",
                "source" : "labels",
                "allowed" : true,
                "violations" : [ ]
              },
        """);
  }

  @Test
  void anExplicitLevelKeepsTheContractAndAddsTheNamespaceVerdict() {
    Result r = cli().run("pss", "--level", "baseline", "--version", "v1.30", write(dir.resolve("shop.yaml"), SHOP));
    assertThat(r.out()).contains("Pod/shop/web  allowed\n    in its namespace, enforce baseline:latest (labels of Namespace shop) admits it")
        .contains("at baseline:v1.30");
    Result json = cli().run("pss", "--level", "baseline", "--format", "json", write(dir.resolve("shop.yaml"), SHOP));
    assertThat(json.out()).contains("\"level\" : \"baseline\",\n  \"version\" : \"latest\",");
  }

  @Test
  void whatIfShowsWhatALabelWouldBreak() {
    write(dir.resolve("ns.yaml"), "apiVersion: v1\nkind: Namespace\nmetadata: {name: shop}\n");
    write(dir.resolve("pods.yaml"), "apiVersion: v1\nkind: Pod\nmetadata: {name: web, namespace: shop}\nspec: {containers: [{name: app}]}\n");
    assertThat(cli().run("pss", "--what-if", "shop=baseline", dir).exit()).isZero();
    Result r = cli().run("pss", "--what-if", "shop=restricted:v1.24", dir);
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).contains("Pod/shop/web  DENIED by enforce restricted:v1.24 (what-if)");
    assertThat(cli().run("pss", "--what-if", "shop=strict", dir).err())
        .contains("--what-if shop=strict: \"strict\" is not a level; choose privileged, baseline or restricted");
  }

  @Test
  void theAdmissionConfigurationGivesDefaultsAndExemptions() {
    write(dir.resolve("pods.yaml"), """
        apiVersion: v1
        kind: Pod
        metadata: {name: agent, namespace: kube-system}
        spec: {hostPID: true, containers: [{name: app}]}
        ---
        apiVersion: v1
        kind: Pod
        metadata: {name: web, namespace: shop}
        spec: {hostPID: true, containers: [{name: app}]}
        """);
    Path cfg = write(dir.resolve("config/admission.yaml"), """
        apiVersion: apiserver.config.k8s.io/v1
        kind: AdmissionConfiguration
        plugins:
        - name: PodSecurity
          configuration:
            apiVersion: pod-security.admission.config.k8s.io/v1
            kind: PodSecurityConfiguration
            defaults: {enforce: baseline}
            exemptions: {namespaces: [kube-system]}
        """);
    Result r = cli().run("pss", "--admission-config", cfg, dir.resolve("pods.yaml"));
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).containsPattern("Pod/kube-system/agent  exempt: namespace kube-system is exempt in .*admission.yaml")
        .contains("Pod/shop/web  DENIED by enforce baseline:latest (cluster defaults)");
    Result bad = cli().run("pss", "--admission-config", write(dir.resolve("bad.yaml"), "kind: x\n"), dir.resolve("pods.yaml"));
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.out()).contains("no AdmissionConfiguration (apiserver.config.k8s.io/v1) or PodSecurityConfiguration here");
  }

  @Test
  void unreadableLabelsAreWarnings() {
    Result r = cli().run("pss", write(dir.resolve("ns.yaml"), """
        apiVersion: v1
        kind: Namespace
        metadata:
          name: shop
          labels: {pod-security.kubernetes.io/enforce: strict}
        ---
        apiVersion: v1
        kind: Pod
        metadata: {name: web, namespace: shop}
        spec: {containers: [{name: app, securityContext: {allowPrivilegeEscalation: false}}]}
        """));
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).contains("ns.yaml:1:1: warning: Namespace shop: pod-security.kubernetes.io/enforce=\"strict\" must be one of")
        .contains("DENIED by enforce restricted:latest (labels of Namespace shop)");
  }
}
