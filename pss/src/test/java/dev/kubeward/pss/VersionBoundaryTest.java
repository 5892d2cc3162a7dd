package dev.kubeward.pss;

import static dev.kubeward.pss.Pods.failing;
import static dev.kubeward.pss.Pods.pod;
import static dev.kubeward.pss.Pods.violation;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kubeward.core.k8s.PodSpecView;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each check on both sides of every policy version where its behaviour changed, with the
 * reason and detail worded as the API server words them.
 */
class VersionBoundaryTest {

  @Nested
  class Unversioned {

    @Test
    void privilegedNamesEveryContainerInVisitingOrder() {
      PodSpecView p = pod("""
          containers:
          - {name: app, securityContext: {privileged: true}}
          initContainers:
          - {name: init, securityContext: {privileged: true}}
          - {name: quiet, securityContext: {privileged: false}}
          """);
      for (String policy : new String[] {"baseline:v1.0", "baseline:latest", "restricted:v1.37"}) {
        assertThat(violation(p, policy, "privileged"))
            .isEqualTo("privileged (containers \"init\", \"app\" must not set securityContext.privileged=true)");
      }
    }

    @Test
    void hostNamespacesInFixedOrder() {
      PodSpecView p = pod("{hostIPC: true, hostNetwork: true, hostPID: true, containers: [{name: a}]}");
      assertThat(violation(p, "baseline:v1.0", "hostNamespaces"))
          .isEqualTo("host namespaces (hostNetwork=true, hostPID=true, hostIPC=true)");
    }

    @Test
    void hostPortsAreDistinctAndSortedAsText() {
      PodSpecView p = pod("""
          containers:
          - {name: a, ports: [{containerPort: 80, hostPort: 9000}, {containerPort: 81, hostPort: 10000}]}
          - {name: b, ports: [{containerPort: 80, hostPort: 9000}]}
          - {name: c, ports: [{containerPort: 80}]}
          """);
      assertThat(violation(p, "baseline:latest", "hostPorts"))
          .isEqualTo("hostPort (containers \"a\", \"b\" use hostPorts 10000, 9000)");
    }

    @Test
    void hostNetworkDefaultsHostPortsToContainerPorts() {
      PodSpecView p = pod("{hostNetwork: true, containers: [{name: a, ports: [{containerPort: 8080}]}]}");
      assertThat(violation(p, "baseline:latest", "hostPorts")).isEqualTo("hostPort (container \"a\" uses hostPort 8080)");
    }

    @Test
    void hostPathVolumesAtBaselineGiveWayToRestrictedVolumesAtRestricted() {
      PodSpecView p = pod("""
          containers: [{name: a}]
          volumes:
          - {name: logs, hostPath: {path: /var/log}}
          - {name: data, nfs: {server: nfs, path: /x}}
          """);
      assertThat(violation(p, "baseline:v1.0", "hostPathVolumes")).isEqualTo("hostPath volumes (volume \"logs\")");
      assertThat(failing(p, "restricted:v1.0")).doesNotContain("hostPathVolumes").contains("restrictedVolumes");
      assertThat(violation(p, "restricted:v1.0", "restrictedVolumes"))
          .isEqualTo("restricted volume types (volumes \"logs\", \"data\" use restricted volume types \"hostPath\", \"nfs\")");
    }

    @Test
    void imageVolumesAndVolumesWithoutASourcePassRestrictedAtEveryVersion() {
      PodSpecView p = pod("""
          containers: [{name: a}]
          volumes:
          - {name: tools, image: {reference: registry.example/tools:1}}
          - {name: scratch}
          """);
      assertThat(violation(p, "restricted:v1.0", "restrictedVolumes")).isEmpty();
      assertThat(violation(p, "restricted:latest", "restrictedVolumes")).isEmpty();
    }

    @Test
    void windowsHostProcessOnPodAndContainers() {
      PodSpecView p = pod("""
          securityContext: {windowsOptions: {hostProcess: true}}
          containers:
          - {name: a, securityContext: {windowsOptions: {hostProcess: true}}}
          """);
      assertThat(violation(p, "baseline:v1.0", "windowsHostProcess"))
          .isEqualTo("hostProcess (pod and container \"a\" must not set securityContext.windowsOptions.hostProcess=true)");
    }

    @Test
    void capabilitiesBaselineComparesNamesAsWritten() {
      PodSpecView p = pod("""
          containers:
          - {name: a, securityContext: {capabilities: {add: [NET_RAW, CHOWN, CAP_KILL]}}}
          """);
      assertThat(violation(p, "baseline:latest", "capabilities_baseline")).isEqualTo(
          "non-default capabilities (container \"a\" must not include \"CAP_KILL\", \"NET_RAW\" in securityContext.capabilities.add)");
    }

    @Test
    void appArmorFieldsCountAtEveryVersionBesideTheAnnotations() {
      PodSpecView p = pod("container.apparmor.security.beta.kubernetes.io/a: unconfined", """
          securityContext: {appArmorProfile: {type: Unconfined}}
          containers:
          - {name: a, securityContext: {appArmorProfile: {type: RuntimeDefault}}}
          """);
      assertThat(violation(p, "baseline:v1.0", "appArmorProfile")).isEqualTo(
          "forbidden AppArmor profiles (pod and annotation must not set AppArmor profile type to \"Unconfined\", "
              + "\"container.apparmor.security.beta.kubernetes.io/a=\"unconfined\"\")");
      assertThat(violation(pod("container.apparmor.security.beta.kubernetes.io/a: localhost/strict", "containers: [{name: a}]"),
          "baseline:latest", "appArmorProfile")).isEmpty();
    }
  }

  @Nested
  class SeLinuxOptions {

    private final PodSpecView engine = pod("""
        containers:
        - {name: a, securityContext: {seLinuxOptions: {type: container_engine_t}}}
        """);

    @Test
    void containerEngineTypeIsAllowedFromV1Dot31() {
      assertThat(violation(engine, "baseline:v1.30", "seLinuxOptions"))
          .isEqualTo("seLinuxOptions (container \"a\" set forbidden securityContext.seLinuxOptions: type \"container_engine_t\")");
      assertThat(violation(engine, "baseline:v1.31", "seLinuxOptions")).isEmpty();
    }

    @Test
    void userAndRoleAreNamedEvenWhenTheTypeIsAllowed() {
      PodSpecView p = pod("""
          securityContext: {seLinuxOptions: {user: system_u, role: system_r}}
          containers: [{name: a}]
          """);
      assertThat(violation(p, "baseline:latest", "seLinuxOptions"))
          .isEqualTo("seLinuxOptions (pod set forbidden securityContext.seLinuxOptions: user may not be set; role may not be set)");
    }
  }

  @Nested
  class ProcMount {

    private final PodSpecView userNamespace = pod("""
        hostUsers: false
        containers:
        - {name: a, securityContext: {procMount: Unmasked}}
        """);

    @Test
    void baselineRelaxesForUserNamespacesFromV1Dot35() {
      assertThat(violation(userNamespace, "baseline:v1.34", "procMount"))
          .isEqualTo("procMount (container \"a\" must not set securityContext.procMount to \"Unmasked\")");
      assertThat(failing(userNamespace, "baseline:v1.35")).isEmpty();
    }

    @Test
    void restrictedKeepsTheRuleThroughProcMountRestrictedFromV1Dot35() {
      assertThat(failing(userNamespace, "restricted:v1.34")).contains("procMount").doesNotContain("procMount_restricted");
      assertThat(failing(userNamespace, "restricted:v1.35")).contains("procMount_restricted").doesNotContain("procMount");
      assertThat(violation(userNamespace, "restricted:v1.35", "procMount_restricted"))
          .isEqualTo("procMount (container \"a\" must not set securityContext.procMount to \"Unmasked\")");
    }

    @Test
    void hostUsersTrueIsNoRelaxation() {
      PodSpecView p = pod("{hostUsers: true, containers: [{name: a, securityContext: {procMount: Unmasked}}]}");
      assertThat(failing(p, "baseline:latest")).containsExactly("procMount");
    }
  }

  @Nested
  class Seccomp {

    @Test
    void baselineReadsTheAnnotationsBeforeV1Dot19AndTheFieldsFrom() {
      PodSpecView annotated = pod("""
          seccomp.security.alpha.kubernetes.io/pod: unconfined
          container.seccomp.security.alpha.kubernetes.io/a: docker/default""", "containers: [{name: a}]");
      assertThat(violation(annotated, "baseline:v1.18", "seccompProfile_baseline"))
          .isEqualTo("seccompProfile (forbidden annotation seccomp.security.alpha.kubernetes.io/pod=\"unconfined\")");
      assertThat(violation(annotated, "baseline:v1.19", "seccompProfile_baseline")).isEmpty();
      PodSpecView field = pod("""
          securityContext: {seccompProfile: {type: Unconfined}}
          containers: [{name: a, securityContext: {seccompProfile: {}}}]
          """);
      assertThat(violation(field, "baseline:v1.18", "seccompProfile_baseline")).isEmpty();
      assertThat(violation(field, "baseline:v1.19", "seccompProfile_baseline"))
          .isEqualTo("seccompProfile (pod and container \"a\" must not set securityContext.seccompProfile.type to \"\", \"Unconfined\")");
    }

    @Test
    void restrictedRequiresAProfileFromV1Dot19AndOverridesBaseline() {
      PodSpecView unset = pod("containers: [{name: a}, {name: b, securityContext: {seccompProfile: {type: Localhost}}}]");
      assertThat(failing(unset, "restricted:v1.18")).doesNotContain("seccompProfile_restricted");
      assertThat(violation(unset, "restricted:v1.19", "seccompProfile_restricted")).isEqualTo(
          "seccompProfile (pod or container \"a\" must set securityContext.seccompProfile.type to \"RuntimeDefault\" or \"Localhost\")");
      PodSpecView unconfined = pod("{securityContext: {seccompProfile: {type: Unconfined}}, containers: [{name: a}]}");
      assertThat(failing(unconfined, "restricted:v1.19")).contains("seccompProfile_restricted").doesNotContain("seccompProfile_baseline");
    }
  }

  /** The Linux-only settings a Windows pod ({@code spec.os.name: windows}) cannot have, exempt from v1.25. */
  @ParameterizedTest
  @CsvSource({"seccompProfile_restricted", "capabilities_restricted", "allowPrivilegeEscalation"})
  void windowsPodsAreExemptFromV1Dot25(String check) {
    PodSpecView windows = pod("{os: {name: windows}, containers: [{name: a}]}");
    assertThat(failing(windows, "restricted:v1.24")).contains(check);
    assertThat(failing(windows, "restricted:v1.25")).doesNotContain(check);
    assertThat(failing(windows, "restricted:latest")).doesNotContain(check);
  }

  @Nested
  class Sysctls {

    @ParameterizedTest
    @CsvSource({
        "net.ipv4.ip_local_reserved_ports, v1.26, v1.27",
        "net.ipv4.tcp_keepalive_time, v1.28, v1.29",
        "net.ipv4.tcp_fin_timeout, v1.28, v1.29",
        "net.ipv4.tcp_keepalive_intvl, v1.28, v1.29",
        "net.ipv4.tcp_keepalive_probes, v1.28, v1.29",
        "net.ipv4.tcp_rmem, v1.31, v1.32",
        "net.ipv4.tcp_wmem, v1.31, v1.32",
        "net.ipv4.tcp_slow_start_after_idle, v1.36, v1.37",
        "net.ipv4.tcp_notsent_lowat, v1.36, v1.37"})
    void safeFrom(String sysctl, String before, String from) {
      PodSpecView p = pod("{securityContext: {sysctls: [{name: " + sysctl + ", value: '1'}]}, containers: [{name: a}]}");
      assertThat(violation(p, "baseline:" + before, "sysctls")).isEqualTo("forbidden sysctls (" + sysctl + ")");
      assertThat(violation(p, "baseline:" + from, "sysctls")).isEmpty();
      assertThat(violation(p, "baseline:latest", "sysctls")).isEmpty();
    }

    @Test
    void forbiddenOnesAreListedInOrderWithRepeats() {
      PodSpecView p = pod("""
          securityContext:
            sysctls: [{name: kernel.msgmax}, {name: kernel.shm_rmid_forced}, {name: fs.mqueue.x}, {name: kernel.msgmax}]
          containers: [{name: a}]
          """);
      assertThat(violation(p, "baseline:v1.0", "sysctls")).isEqualTo("forbidden sysctls (kernel.msgmax, fs.mqueue.x, kernel.msgmax)");
    }
  }

  @Nested
  class Capabilities {

    private final PodSpecView netRaw = pod("""
        containers:
        - {name: a, securityContext: {capabilities: {add: [NET_RAW], drop: [ALL]}}}
        - {name: b}
        """);

    @Test
    void restrictedFromV1Dot22ReplacesTheBaselineCheck() {
      assertThat(failing(netRaw, "restricted:v1.21")).contains("capabilities_baseline").doesNotContain("capabilities_restricted");
      assertThat(failing(netRaw, "restricted:v1.22")).contains("capabilities_restricted").doesNotContain("capabilities_baseline");
      assertThat(violation(netRaw, "restricted:v1.22", "capabilities_restricted")).isEqualTo(
          "unrestricted capabilities (container \"b\" must set securityContext.capabilities.drop=[\"ALL\"]; "
              + "container \"a\" must not include \"NET_RAW\" in securityContext.capabilities.add)");
    }
  }

  @Nested
  class AllowPrivilegeEscalation {

    private final PodSpecView unset = pod("containers: [{name: a}, {name: b, securityContext: {allowPrivilegeEscalation: false}}]");

    @Test
    void checkedFromV1Dot8() {
      assertThat(failing(unset, "restricted:v1.7")).doesNotContain("allowPrivilegeEscalation");
      assertThat(violation(unset, "restricted:v1.8", "allowPrivilegeEscalation"))
          .isEqualTo("allowPrivilegeEscalation != false (container \"a\" must set securityContext.allowPrivilegeEscalation=false)");
    }
  }

  @Nested
  class RunAsNonRootAndRunAsUser {

    private final PodSpecView rootInUserNamespace = pod("""
        hostUsers: false
        securityContext: {runAsUser: 0}
        containers: [{name: a}]
        """);

    @Test
    void runAsUserIsCheckedFromV1Dot23() {
      assertThat(failing(rootInUserNamespace, "restricted:v1.22")).doesNotContain("runAsUser");
      assertThat(violation(rootInUserNamespace, "restricted:v1.23", "runAsUser")).isEqualTo("runAsUser=0 (pod must not set runAsUser=0)");
    }

    @Test
    void bothRelaxForUserNamespacesFromV1Dot35() {
      assertThat(failing(rootInUserNamespace, "restricted:v1.34")).contains("runAsNonRoot", "runAsUser");
      assertThat(failing(rootInUserNamespace, "restricted:v1.35")).doesNotContain("runAsNonRoot", "runAsUser");
    }

    @Test
    void explicitFalseIsNamedBeforeMissingValues() {
      PodSpecView p = pod("""
          containers:
          - {name: a, securityContext: {runAsNonRoot: false}}
          - {name: b}
          """);
      assertThat(violation(p, "restricted:v1.0", "runAsNonRoot"))
          .isEqualTo("runAsNonRoot != true (container \"a\" must not set securityContext.runAsNonRoot=false)");
      assertThat(violation(pod("containers: [{name: a}, {name: b}]"), "restricted:v1.0", "runAsNonRoot"))
          .isEqualTo("runAsNonRoot != true (pod or containers \"a\", \"b\" must set securityContext.runAsNonRoot=true)");
    }
  }

  @Nested
  class HostProbesAndHostLifecycle {

    private final PodSpecView hosts = pod("""
        containers:
        - name: b
          livenessProbe: {httpGet: {host: 10.0.0.1, port: 80}}
          lifecycle: {preStop: {tcpSocket: {host: metadata.internal, port: 80}}}
        - name: a
          startupProbe: {tcpSocket: {host: 10.0.0.1, port: 80}}
        """);

    @Test
    void checkedFromV1Dot34() {
      assertThat(failing(hosts, "baseline:v1.33")).isEmpty();
      assertThat(violation(hosts, "baseline:v1.34", "hostProbesAndHostLifecycle")).isEqualTo(
          "probe or lifecycle host (containers \"a\", \"b\" use probe or lifecycle hosts \"10.0.0.1\", \"metadata.internal\")");
    }
  }
}
