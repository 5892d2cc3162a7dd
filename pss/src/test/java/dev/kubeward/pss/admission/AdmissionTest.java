package dev.kubeward.pss.admission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kubeward.core.source.SourceFile;
import dev.kubeward.core.testing.Manifests;
import dev.kubeward.pss.Level;
import dev.kubeward.pss.LevelVersion;
import dev.kubeward.pss.Version;
import dev.kubeward.pss.checks.PssChecks;
import dev.kubeward.pss.workloads.PssInput;
import dev.kubeward.pss.workloads.Workload;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdmissionTest {

  @TempDir Path dir;

  private static final String NAMESPACES = """
      apiVersion: v1
      kind: Namespace
      metadata:
        name: shop
        labels:
          pod-security.kubernetes.io/enforce: baseline
          pod-security.kubernetes.io/enforce-version: v1.30
          pod-security.kubernetes.io/warn: restricted
      ---
      apiVersion: v1
      kind: Namespace
      metadata:
        name: broken
        labels:
          pod-security.kubernetes.io/enforce: strict
          pod-security.kubernetes.io/audit: loose
          pod-security.kubernetes.io/warn-version: "1.30"
      """;

  private static final String WORKLOADS = """
      apiVersion: v1
      kind: Pod
      metadata: {name: plain, namespace: shop}
      spec: {containers: [{name: app}]}
      ---
      apiVersion: v1
      kind: Pod
      metadata: {name: root, namespace: shop}
      spec: {hostPID: true, containers: [{name: app}]}
      ---
      apiVersion: v1
      kind: Pod
      metadata: {name: sandboxed, namespace: shop}
      spec: {runtimeClassName: gvisor, hostPID: true, containers: [{name: app}]}
      ---
      apiVersion: v1
      kind: Pod
      metadata: {name: agent, namespace: kube-system}
      spec: {hostPID: true, containers: [{name: app}]}
      ---
      apiVersion: v1
      kind: Pod
      metadata: {name: elsewhere, namespace: other}
      spec: {containers: [{name: app}]}
      """;

  private PssInput input() {
    Path ns = Manifests.write(dir, "ns.yaml", NAMESPACES);
    Path w = Manifests.write(dir, "workloads.yaml", WORKLOADS);
    return PssInput.read(List.of(SourceFile.of(ns, dir), SourceFile.of(w, dir)));
  }

  private static Workload named(PssInput in, String name) {
    return in.workloads().stream().filter(w -> w.ref().name().equals(name)).findFirst().orElseThrow();
  }

  private PodSecurityConfiguration config() {
    Path cfg = Manifests.write(dir, "admission.yaml", """
        apiVersion: apiserver.config.k8s.io/v1
        kind: AdmissionConfiguration
        plugins:
        - name: EventRateLimit
          path: eventconfig.yaml
        - name: PodSecurity
          configuration:
            apiVersion: pod-security.admission.config.k8s.io/v1
            kind: PodSecurityConfiguration
            defaults:
              enforce: baseline
              audit: restricted
              audit-version: v1.29
            exemptions:
              usernames: [system:serviceaccount:kube-system:replicaset-controller]
              runtimeClasses: [gvisor]
              namespaces: [kube-system]
        """);
    PodSecurityConfiguration.Read read = PodSecurityConfiguration.read(cfg);
    assertThat(read.problems()).isEmpty();
    return read.configuration().orElseThrow();
  }

  @Test
  void labelsOverTheDefaults() {
    PssInput in = input();
    Admission a = new Admission(PssChecks.registry(), config(), in.namespaces(), List.of());
    AdmissionResult root = a.evaluate(named(in, "root"));
    assertThat(root.policy().get(Mode.ENFORCE)).isEqualTo(LevelVersion.of(Level.BASELINE, Version.of(30)));
    assertThat(root.policy().source(Mode.ENFORCE)).isEqualTo(NamespacePolicy.Source.LABELS);
    assertThat(root.policy().get(Mode.AUDIT)).isEqualTo(LevelVersion.of(Level.RESTRICTED, Version.of(29)));
    assertThat(root.policy().source(Mode.AUDIT)).isEqualTo(NamespacePolicy.Source.DEFAULTS);
    assertThat(root.admitted()).isFalse();
    assertThat(a.evaluate(named(in, "plain")).admitted()).isTrue();
    assertThat(a.evaluate(named(in, "plain")).mode(Mode.WARN).orElseThrow().allowed()).isFalse();
    AdmissionResult elsewhere = a.evaluate(named(in, "elsewhere"));
    assertThat(elsewhere.policy().get(Mode.ENFORCE).level()).isEqualTo(Level.BASELINE);
    assertThat(elsewhere.policy().source(Mode.ENFORCE)).isEqualTo(NamespacePolicy.Source.DEFAULTS);
  }

  @Test
  void exemptNamespacesAndRuntimeClassesAreNotJudged() {
    PssInput in = input();
    Admission a = new Admission(PssChecks.registry(), config(), in.namespaces(), List.of());
    assertThat(a.evaluate(named(in, "agent")).exemption()).hasValueSatisfying(e -> assertThat(e).startsWith("namespace kube-system is exempt"));
    assertThat(a.evaluate(named(in, "sandboxed")).exemption()).hasValueSatisfying(e -> assertThat(e).startsWith("runtime class gvisor is exempt"));
    assertThat(a.evaluate(named(in, "sandboxed")).admitted()).isTrue();
  }

  @Test
  void unreadableLabelsFallBackAsTheApiServerDoes() {
    PssInput in = input();
    Admission a = new Admission(PssChecks.registry(), PodSecurityConfiguration.NONE, in.namespaces(), List.of());
    NamespacePolicy broken = a.policy(Optional.of("broken"));
    assertThat(broken.get(Mode.ENFORCE)).isEqualTo(LevelVersion.of(Level.RESTRICTED, Version.LATEST));
    assertThat(broken.get(Mode.AUDIT).level()).isEqualTo(Level.PRIVILEGED);
    assertThat(broken.get(Mode.WARN).version()).isEqualTo(Version.LATEST);
    assertThat(a.problems()).extracting(p -> p.message()).containsExactly(
        "Namespace broken: pod-security.kubernetes.io/enforce=\"strict\" must be one of privileged, baseline, restricted; the API server enforces restricted",
        "Namespace broken: pod-security.kubernetes.io/audit=\"loose\" must be one of privileged, baseline, restricted; the API server ignores it",
        "Namespace broken: pod-security.kubernetes.io/warn-version=\"1.30\" must be \"latest\" or \"v1.x\"; the API server uses latest");
    assertThat(a.problems()).noneMatch(p -> p.error());
  }

  @Test
  void whatIfRelabelsEnforceKeepingThePinnedVersionUnlessGiven() {
    PssInput in = input();
    Admission keep = new Admission(PssChecks.registry(), PodSecurityConfiguration.NONE, in.namespaces(),
        List.of(WhatIf.parse("shop=restricted")));
    assertThat(keep.policy(Optional.of("shop")).get(Mode.ENFORCE)).isEqualTo(LevelVersion.of(Level.RESTRICTED, Version.of(30)));
    assertThat(keep.policy(Optional.of("shop")).source(Mode.ENFORCE)).isEqualTo(NamespacePolicy.Source.WHAT_IF);
    assertThat(keep.evaluate(named(in, "plain")).admitted()).isFalse();
    Admission fresh = new Admission(PssChecks.registry(), PodSecurityConfiguration.NONE, in.namespaces(),
        List.of(WhatIf.parse("new=baseline:v1.25")));
    assertThat(fresh.policy(Optional.of("new")).get(Mode.ENFORCE)).isEqualTo(LevelVersion.of(Level.BASELINE, Version.of(25)));
    assertThat(fresh.policy(Optional.of("new")).get(Mode.WARN).level()).isEqualTo(Level.PRIVILEGED);
  }

  @Test
  void whatIfValuesAreChecked() {
    assertThatThrownBy(() -> WhatIf.parse("shop")).hasMessageContaining("write NAMESPACE=LEVEL[:VERSION]");
    assertThatThrownBy(() -> WhatIf.parse("shop=strict")).hasMessageContaining("\"strict\" is not a level");
    assertThatThrownBy(() -> WhatIf.parse("shop=baseline:1.30")).hasMessageContaining("\"1.30\" is not a version");
    assertThat(WhatIf.parse("shop=baseline:v1.30")).isEqualTo(new WhatIf("shop", Level.BASELINE, Optional.of(Version.of(30))));
  }

  @Test
  void configurationByPathAndItsErrors() {
    Manifests.write(dir, "psa/podsecurity.yaml", """
        apiVersion: pod-security.admission.config.k8s.io/v1
        kind: PodSecurityConfiguration
        defaults: {enforce: restricted, enforce-version: v1.28}
        """);
    Path admission = Manifests.write(dir, "psa/admission.yaml", """
        apiVersion: apiserver.config.k8s.io/v1
        kind: AdmissionConfiguration
        plugins:
        - {name: PodSecurity, path: podsecurity.yaml}
        """);
    PodSecurityConfiguration c = PodSecurityConfiguration.read(admission).configuration().orElseThrow();
    assertThat(c.defaults().get(Mode.ENFORCE)).isEqualTo(LevelVersion.of(Level.RESTRICTED, Version.of(28)));
    assertThat(c.defaults().get(Mode.WARN)).isEqualTo(LevelVersion.of(Level.PRIVILEGED, Version.LATEST));
    Path bad = Manifests.write(dir, "bad.yaml", """
        apiVersion: pod-security.admission.config.k8s.io/v1
        kind: PodSecurityConfiguration
        defaults: {enforce: strict, warn-version: "1.2"}
        """);
    PodSecurityConfiguration.Read read = PodSecurityConfiguration.read(bad);
    assertThat(read.configuration()).isEmpty();
    assertThat(read.problems()).extracting(p -> p.line() + ": " + p.message()).containsExactly(
        "3: defaults.enforce \"strict\" must be privileged, baseline or restricted",
        "3: defaults.warn-version \"1.2\" must be latest or v1.N");
    Path none = Manifests.write(dir, "none.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\n");
    assertThat(PodSecurityConfiguration.read(none).problems()).extracting(p -> p.message())
        .containsExactly("no AdmissionConfiguration (apiserver.config.k8s.io/v1) or PodSecurityConfiguration here");
  }

  @Test
  void labelsOnlyCountWhenTheyArePodSecurityLabels() {
    assertThat(Admission.labelled(input().namespaces())).isTrue();
    assertThat(NamespacePolicy.fromLabels(Map.of("team", "a"), NamespacePolicy.PRIVILEGED).policy())
        .isEqualTo(NamespacePolicy.PRIVILEGED);
  }
}
