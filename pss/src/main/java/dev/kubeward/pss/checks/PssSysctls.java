package dev.kubeward.pss.checks;

import dev.kubeward.core.check.Category;
import dev.kubeward.core.check.CheckInfo;
import dev.kubeward.core.check.Severity;
import dev.kubeward.pss.Level;
import dev.kubeward.pss.Locator;
import dev.kubeward.pss.PodFacts;
import dev.kubeward.pss.SecurityFacts;
import dev.kubeward.pss.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Sysctls can disable security mechanisms or affect the whole node: only the namespaced, isolated
 * "safe" ones are allowed, a set that grew at v1.27, v1.29, v1.32 and v1.37.
 */
@CheckInfo(
    id = "KW-0110",
    summary = "Pod sets an unsafe sysctl (PSS baseline sysctls)",
    severity = Severity.MEDIUM,
    category = Category.HOST_ISOLATION,
    remediation = "Remove the sysctl from securityContext.sysctls, or set it on the node.",
    references = {"pss:baseline/sysctls", "mitre:T1611"})
public final class PssSysctls extends StandardCheck {

  private static final Set<String> SAFE_1_0 = Set.of(
      "kernel.shm_rmid_forced", "net.ipv4.ip_local_port_range", "net.ipv4.tcp_syncookies",
      "net.ipv4.ping_group_range", "net.ipv4.ip_unprivileged_port_start");
  private static final Set<String> SAFE_1_27 = union(SAFE_1_0, "net.ipv4.ip_local_reserved_ports");
  private static final Set<String> SAFE_1_29 = union(SAFE_1_27,
      "net.ipv4.tcp_keepalive_time", "net.ipv4.tcp_fin_timeout", "net.ipv4.tcp_keepalive_intvl",
      "net.ipv4.tcp_keepalive_probes");
  private static final Set<String> SAFE_1_32 = union(SAFE_1_29, "net.ipv4.tcp_rmem", "net.ipv4.tcp_wmem");
  private static final Set<String> SAFE_1_37 =
      union(SAFE_1_32, "net.ipv4.tcp_slow_start_after_idle", "net.ipv4.tcp_notsent_lowat");

  public PssSysctls() {
    super("sysctls", Level.BASELINE);
  }

  private static Set<String> union(Set<String> base, String... more) {
    return Stream.concat(base.stream(), Stream.of(more)).collect(Collectors.toUnmodifiableSet());
  }

  @Override
  public List<Revision> revisions() {
    return List.of(
        Revision.since(0, pod -> evaluate(pod, SAFE_1_0)),
        Revision.since(27, pod -> evaluate(pod, SAFE_1_27)),
        Revision.since(29, pod -> evaluate(pod, SAFE_1_29)),
        Revision.since(32, pod -> evaluate(pod, SAFE_1_32)),
        Revision.since(37, pod -> evaluate(pod, SAFE_1_37)));
  }

  private Optional<Violation> evaluate(PodFacts pod, Set<String> safe) {
    List<String> sysctls = pod.securityContext().isPresent() ? pod.securityContext().get().sysctls() : List.of();
    List<String> forbidden = null;
    int first = -1;
    for (int i = 0; i < sysctls.size(); i++) {
      if (!safe.contains(sysctls.get(i))) {
        if (forbidden == null) {
          forbidden = new ArrayList<>(2);
          first = i;
        }
        forbidden.add(sysctls.get(i));
      }
    }
    return forbidden == null ? Optional.empty() : violation("forbidden sysctls", String.join(", ", forbidden),
        Locator.spec("securityContext", "sysctls", first, "name"));
  }
}
