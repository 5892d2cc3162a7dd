package dev.kubeward.checks.workload;

import dev.kubeward.core.k8s.ContainerView;
import dev.kubeward.core.model.Field;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Linux capabilities as a container's securityContext lists them. The container runtime accepts
 * a name with or without the {@code CAP_} prefix and in any case ({@code sys_admin},
 * {@code CAP_SYS_ADMIN}), so every comparison goes through {@link #normalise}.
 */
final class Capabilities {

  /** Everything, SYS_ADMIN included: as good as privileged, so it has a check of its own. */
  static final String ALL = "ALL";

  static final String SYS_ADMIN = "SYS_ADMIN";

  /**
   * Capabilities that break the container's isolation, each with what it gives an attacker.
   * Not listed: the runtime's default set (CHOWN, DAC_OVERRIDE, FOWNER, FSETID, KILL, MKNOD,
   * NET_BIND_SERVICE, SETFCAP, SETGID, SETPCAP, SETUID, SYS_CHROOT, AUDIT_WRITE), which a
   * container has unless it drops them, so adding one back after {@code drop: [ALL]} is the
   * least-privilege pattern, not a risk; NET_RAW is the exception, as Pod Security baseline
   * forbids adding it. ALL and SYS_ADMIN are left to {@link SysAdminCapabilityAdded}.
   */
  static final Map<String, String> DANGEROUS = Map.ofEntries(
      Map.entry("NET_ADMIN", "reconfigure interfaces, routes and firewall rules"),
      Map.entry("NET_RAW", "forge and sniff packets on the node's network"),
      Map.entry("SYS_PTRACE", "trace and inject code into other processes"),
      Map.entry("SYS_MODULE", "load kernel modules"),
      Map.entry("SYS_RAWIO", "access devices and I/O ports directly"),
      Map.entry("SYS_BOOT", "reboot the node or load another kernel"),
      Map.entry("SYS_TIME", "set the node's clock"),
      Map.entry("SYSLOG", "read the kernel log and kernel addresses"),
      Map.entry("DAC_READ_SEARCH", "read any file and open host files by handle"),
      Map.entry("BPF", "load eBPF programs into the kernel"),
      Map.entry("PERFMON", "observe other processes and the kernel through perf events"),
      Map.entry("MAC_ADMIN", "change the AppArmor or SELinux policy"),
      Map.entry("MAC_OVERRIDE", "bypass the AppArmor or SELinux policy"),
      Map.entry("AUDIT_CONTROL", "turn off kernel auditing"));

  private Capabilities() {}

  /**
   * {@code cap_sys_admin} and {@code Sys_Admin} to {@code SYS_ADMIN}. {@code CAP_ALL} stays as it
   * is: runtimes know ALL only without the prefix and reject {@code CAP_ALL} as unknown.
   */
  static String normalise(String name) {
    String n = name.strip().toUpperCase(Locale.ROOT);
    return n.startsWith("CAP_") && !n.equals("CAP_" + ALL) ? n.substring("CAP_".length()) : n;
  }

  /** The items of {@code capabilities.add}, each located. */
  static List<Field> added(ContainerView container) {
    return container.securityContext().own("capabilities", "add").map(Field::items).orElse(List.of());
  }

  /** The capability an item names, normalised; empty for a non-scalar item. */
  static Optional<String> name(Field item) {
    return item.text().map(Capabilities::normalise);
  }
}
