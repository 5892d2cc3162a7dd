package dev.kubeward.pss;

import static dev.kubeward.pss.Pods.at;
import static dev.kubeward.pss.Pods.evaluate;
import static dev.kubeward.pss.Pods.failing;
import static dev.kubeward.pss.Pods.pod;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kubeward.core.k8s.PodSpecView;
import dev.kubeward.pss.checks.PssChecks;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegistryTest {

  private final Registry registry = PssChecks.registry();

  /** Fails nearly everything there is to fail. */
  private final PodSpecView bad = pod("""
      hostNetwork: true
      securityContext: {sysctls: [{name: kernel.msgmax}], seccompProfile: {type: Unconfined}}
      containers:
      - name: a
        securityContext: {privileged: true, runAsUser: 0, capabilities: {add: [SYS_ADMIN]}}
      volumes:
      - {name: v, hostPath: {path: /}}
      """);

  @Test
  void latestIsTheNewestRevisionAndLaterVersionsMeanIt() {
    assertThat(registry.newest()).isEqualTo(Version.of(37));
    assertThat(registry.effective(Version.LATEST)).isEqualTo(Version.of(37));
    assertThat(registry.effective(Version.of(99))).isEqualTo(Version.of(37));
    assertThat(evaluate(bad, "restricted:v1.99").violations()).isEqualTo(evaluate(bad, "restricted:latest").violations());
    assertThat(evaluate(bad, "restricted:latest").effective()).isEqualTo(Version.of(37));
  }

  @Test
  void privilegedAllowsEverything() {
    assertThat(evaluate(bad, "privileged:latest").allowed()).isTrue();
  }

  @Test
  void baselineChecksRunFirstThenRestrictedEachInIdOrder() {
    assertThat(failing(bad, "restricted:latest")).containsExactly(
        "hostNamespaces", "privileged", "sysctls",
        "allowPrivilegeEscalation", "capabilities_restricted", "restrictedVolumes", "runAsNonRoot", "runAsUser",
        "seccompProfile_restricted");
    assertThat(failing(bad, "baseline:latest")).containsExactly(
        "capabilities_baseline", "hostNamespaces", "hostPathVolumes", "privileged",
        "seccompProfile_baseline", "sysctls");
  }

  @Test
  void theDenialReadsLikeTheApiServers() {
    PodSpecView p = pod("containers: [{name: app, securityContext: {privileged: true}}]");
    assertThat(evaluate(p, "baseline:v1.30").message()).isEqualTo(
        "violates PodSecurity \"baseline:v1.30\": privileged (container \"app\" must not set securityContext.privileged=true)");
  }

  @ParameterizedTest
  @CsvSource({
      "restricted:v1.0, hostPathVolumes",
      "restricted:v1.19, hostPathVolumes seccompProfile_baseline",
      "restricted:v1.22, capabilities_baseline hostPathVolumes seccompProfile_baseline",
      "restricted:v1.35, capabilities_baseline hostPathVolumes procMount seccompProfile_baseline",
      "baseline:v1.35, ''"})
  void overriddenBaselineChecks(String policy, String overridden) {
    List<String> expected = overridden.isBlank() ? List.of() : List.of(overridden.split(" "));
    assertThat(registry.overridden(at(policy))).containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void everyCheckOfTheStandardIsRegisteredOnce() {
    assertThat(registry.checks()).extracting(PssCheck::id).containsExactlyInAnyOrder(
        "privileged", "hostNamespaces", "hostPathVolumes", "hostPorts", "appArmorProfile", "seLinuxOptions", "procMount",
        "seccompProfile_baseline", "sysctls", "capabilities_baseline", "windowsHostProcess", "hostProbesAndHostLifecycle",
        "restrictedVolumes", "allowPrivilegeEscalation", "runAsNonRoot", "runAsUser", "seccompProfile_restricted",
        "capabilities_restricted", "procMount_restricted");
  }

  @Test
  void malformedRegistriesAreRefused() {
    PssCheck.Condition pass = p -> Optional.empty();
    assertThatThrownBy(() -> new Registry(List.of(check("a", Level.BASELINE, PssCheck.Revision.since(0, pass)),
        check("a", Level.BASELINE, PssCheck.Revision.since(0, pass)))))
        .hasMessageContaining("multiple checks registered for id a");
    assertThatThrownBy(() -> new Registry(List.of(check("a", Level.BASELINE,
        PssCheck.Revision.since(3, pass), PssCheck.Revision.since(3, pass)))))
        .hasMessageContaining("strictly increasing");
    assertThatThrownBy(() -> new Registry(List.of(check("a", Level.BASELINE, PssCheck.Revision.since(0, pass, "b")))))
        .hasMessageContaining("only restricted checks override");
    assertThatThrownBy(() -> new Registry(List.of(check("r", Level.RESTRICTED, PssCheck.Revision.since(0, pass)),
        check("s", Level.RESTRICTED, PssCheck.Revision.since(0, pass, "r")))))
        .hasMessageContaining("not a baseline check");
  }

  private static PssCheck check(String id, Level level, PssCheck.Revision... revisions) {
    return new PssCheck() {
      @Override
      public String id() {
        return id;
      }

      @Override
      public Level level() {
        return level;
      }

      @Override
      public List<Revision> revisions() {
        return List.of(revisions);
      }
    };
  }
}
