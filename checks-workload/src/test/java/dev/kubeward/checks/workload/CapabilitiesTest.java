package dev.kubeward.checks.workload;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CapabilitiesTest {

  @Test
  void normalisesPrefixAndCase() {
    assertThat(Capabilities.normalise("cap_sys_admin")).isEqualTo("SYS_ADMIN");
    assertThat(Capabilities.normalise(" Net_Raw ")).isEqualTo("NET_RAW");
    assertThat(Capabilities.normalise("all")).isEqualTo("ALL");
    assertThat(Capabilities.normalise("CAP_ALL")).isEqualTo("CAP_ALL");
  }

  @Test
  void dangerousListLeavesSysAdminAndTheDefaultSetOut() {
    assertThat(Capabilities.DANGEROUS).doesNotContainKeys("SYS_ADMIN", "ALL", "CHOWN", "SETUID", "NET_BIND_SERVICE");
    assertThat(Capabilities.DANGEROUS.keySet()).allMatch(c -> c.equals(Capabilities.normalise(c)));
  }
}
