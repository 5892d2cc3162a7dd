package dev.kubeward.checks.workload;

import dev.kubeward.core.check.Category;
import dev.kubeward.core.check.CheckInfo;
import dev.kubeward.core.check.Findings;
import dev.kubeward.core.check.PodSpecCheck;
import dev.kubeward.core.check.Severity;
import dev.kubeward.core.k8s.PodSpecView;
import dev.kubeward.core.model.Field;
import java.util.List;
import java.util.Set;

/**
 * The safe set is Pod Security baseline's as of Kubernetes 1.37 (pod-security-admission
 * check_sysctls.go). Option {@code allowed}: sysctls the cluster's kubelets allow on purpose
 * (--allowed-unsafe-sysctls), by name or as a prefix ending in {@code *}.
 */
@CheckInfo(
    id = "KW-0012",
    summary = "Pod sets an unsafe sysctl",
    severity = Severity.MEDIUM,
    category = Category.HOST_ISOLATION,
    remediation = "Remove the sysctl from securityContext.sysctls, or set it on the node instead of in the pod.",
    references = {"pss:baseline/sysctls", "mitre:T1611"})
public final class UnsafeSysctls implements PodSpecCheck {

  private static final Set<String> SAFE = Set.of(
      "kernel.shm_rmid_forced",
      "net.ipv4.ip_local_port_range",
      "net.ipv4.ip_unprivileged_port_start",
      "net.ipv4.tcp_syncookies",
      "net.ipv4.ping_group_range",
      "net.ipv4.ip_local_reserved_ports",
      "net.ipv4.tcp_keepalive_time",
      "net.ipv4.tcp_fin_timeout",
      "net.ipv4.tcp_keepalive_intvl",
      "net.ipv4.tcp_keepalive_probes",
      "net.ipv4.tcp_rmem",
      "net.ipv4.tcp_wmem",
      "net.ipv4.tcp_slow_start_after_idle",
      "net.ipv4.tcp_notsent_lowat");

  @Override
  public void check(PodSpecView pod, Findings findings) {
    List<Field> sysctls = pod.get("securityContext", "sysctls").map(Field::items).orElse(List.of());
    if (sysctls.isEmpty()) {
      return;
    }
    List<String> allowed = findings.options().strings("allowed");
    for (Field sysctl : sysctls) {
      sysctl.get("name").ifPresent(name -> name.text().map(UnsafeSysctls::normalise)
          .filter(n -> !SAFE.contains(n) && allowed.stream().noneMatch(a -> matches(a, n)))
          .ifPresent(n -> findings.at(name).report("pod sets sysctl %s, which is outside the safe set", n)));
    }
  }

  /** Kubernetes also takes {@code net/ipv4/tcp_syncookies}; a dot is then part of a name component. */
  private static String normalise(String name) {
    int slash = name.indexOf('/');
    int dot = name.indexOf('.');
    if (slash < 0 || (dot >= 0 && dot < slash)) {
      return name;
    }
    return name.replace('.', '\0').replace('/', '.').replace('\0', '/');
  }

  private static boolean matches(String allowed, String name) {
    return allowed.endsWith("*") ? name.startsWith(allowed.substring(0, allowed.length() - 1)) : allowed.equals(name);
  }
}
