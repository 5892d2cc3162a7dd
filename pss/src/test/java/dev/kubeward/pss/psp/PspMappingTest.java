package dev.kubeward.pss.psp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kubeward.core.testing.Manifests;
import dev.kubeward.pss.Level;
import org.junit.jupiter.api.Test;

class PspMappingTest {

  private static PspMapping map(String spec) {
    return map("", spec);
  }

  private static PspMapping map(String annotations, String spec) {
    String meta = annotations.isEmpty() ? "metadata: {name: p}\n" : "metadata:\n  name: p\n  annotations:\n" + annotations.indent(4);
    return PspMapping.of(Manifests.read("apiVersion: policy/v1beta1\nkind: PodSecurityPolicy\n" + meta + "spec:\n" + spec.indent(2))
        .resources().get(0));
  }

  private static final String RESTRICTED = """
      allowPrivilegeEscalation: false
      requiredDropCapabilities: [ALL]
      allowedCapabilities: [NET_BIND_SERVICE]
      volumes: [configMap, secret, persistentVolumeClaim]
      runAsUser: {rule: MustRunAs, ranges: [{min: 1000, max: 2000}]}
      seLinux: {rule: MustRunAs, seLinuxOptions: {type: container_t}}
      """;

  @Test
  void aPolicyThatImposesEveryRestrictedRequirementMapsToRestricted() {
    PspMapping m = map("seccomp.security.alpha.kubernetes.io/allowedProfileNames: runtime/default,localhost/strict", RESTRICTED);
    assertThat(m.level()).isEqualTo(Level.RESTRICTED);
    assertThat(m.baselineGaps()).isEmpty();
    assertThat(m.restrictedGaps()).isEmpty();
    assertThat(m.notCarriedOver()).containsExactly("runAsUser MustRunAs ranges");
    assertThat(m.describe()).isEqualTo(
        "PodSecurityPolicy p maps to Pod Security level restricted; no Pod Security level carries over: runAsUser MustRunAs ranges");
  }

  @Test
  void unsetSeccompIsAllowedAtBaselineButNotAtRestricted() {
    PspMapping unsetAllowed = map("seccomp.security.alpha.kubernetes.io/allowedProfileNames: 'runtime/default,'", RESTRICTED);
    assertThat(unsetAllowed.level()).isEqualTo(Level.BASELINE);
    assertThat(unsetAllowed.restrictedGaps())
        .containsExactly("the seccomp allowedProfileNames annotation does not require runtime/default or localhost/*");
    assertThat(map(RESTRICTED).level()).isEqualTo(Level.BASELINE);
  }

  @Test
  void rootAndEscalationKeepAPolicyAtBaseline() {
    PspMapping m = map("seccomp.security.alpha.kubernetes.io/allowedProfileNames: runtime/default", """
        requiredDropCapabilities: [ALL]
        seLinux: {rule: MustRunAs}
        runAsUser: {rule: MustRunAs, ranges: [{min: 0, max: 100}]}
        """);
    assertThat(m.level()).isEqualTo(Level.BASELINE);
    assertThat(m.restrictedGaps()).containsExactly("runAsUser.rule MustRunAs allows UID 0", "allowPrivilegeEscalation is not false");
  }

  @Test
  void whatBaselineForbidsMakesAPolicyPrivileged() {
    PspMapping m = map("apparmor.security.beta.kubernetes.io/allowedProfileNames: runtime/default,unconfined", """
        hostPID: true
        allowedUnsafeSysctls: [kernel.msg*]
        allowedProcMountTypes: [Default, Unmasked]
        seLinux: {rule: MustRunAs, seLinuxOptions: {type: spc_t, user: system_u}}
        volumes: [hostPath]
        """);
    assertThat(m.level()).isEqualTo(Level.PRIVILEGED);
    assertThat(m.baselineGaps()).containsExactly(
        "hostPID: true shares a host namespace",
        "volumes allows hostPath",
        "seLinux.seLinuxOptions sets a user or role",
        "seLinux.seLinuxOptions.type spc_t is not a container type",
        "allowedUnsafeSysctls allows kernel.msg*",
        "allowedProcMountTypes allows Default, Unmasked",
        "the AppArmor allowedProfileNames annotation allows unconfined");
  }

  @Test
  void mutatingDefaultsAndFinerAllowListsAreNotCarriedOver() {
    PspMapping m = map("seccomp.security.alpha.kubernetes.io/defaultProfileName: runtime/default", """
        defaultAddCapabilities: [CHOWN]
        defaultAllowPrivilegeEscalation: false
        allowedHostPaths: [{pathPrefix: /data}]
        allowedCSIDrivers: [{name: secrets-store.csi.k8s.io}]
        fsGroup: {rule: MayRunAs, ranges: [{min: 1, max: 10}]}
        runtimeClass: {allowedRuntimeClassNames: [gvisor]}
        seLinux: {rule: RunAsAny}
        """);
    assertThat(m.notCarriedOver()).containsExactly("fsGroup MayRunAs ranges", "defaultAddCapabilities", "allowedHostPaths",
        "allowedCSIDrivers", "defaultAllowPrivilegeEscalation", "runtimeClass",
        "seccomp.security.alpha.kubernetes.io/defaultProfileName");
  }
}
