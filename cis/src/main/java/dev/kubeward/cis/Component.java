package dev.kubeward.cis;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The programs the benchmark's sections 1 to 4 are about, each known by its binary's name, and
 * the flags of each that are boolean (they never take the next argument as their value).
 */
public enum Component {
  API_SERVER("kube-apiserver", "API server", Set.of(
      "anonymous-auth", "profiling", "service-account-lookup", "allow-privileged", "enable-bootstrap-token-auth",
      "enable-aggregator-routing", "enable-priority-and-fairness", "enable-garbage-collector",
      "service-account-extend-token-expiration", "contention-profiling", "enable-logs-handler",
      "audit-log-compress", "kubelet-https", "strict-transport-security-directives")),
  CONTROLLER_MANAGER("kube-controller-manager", "controller manager", Set.of(
      "profiling", "use-service-account-credentials", "contention-profiling", "allocate-node-cidrs",
      "configure-cloud-routes", "leader-elect", "enable-garbage-collector", "enable-hostpath-provisioner")),
  SCHEDULER("kube-scheduler", "scheduler", Set.of("profiling", "contention-profiling", "leader-elect")),
  ETCD("etcd", "etcd server", Set.of(
      "client-cert-auth", "peer-client-cert-auth", "auto-tls", "peer-auto-tls", "enable-pprof",
      "strict-reconfig-check", "enable-v2", "debug", "force-new-cluster", "experimental-initial-corrupt-check")),
  KUBELET("kubelet", "kubelet", Set.of(
      "anonymous-auth", "authentication-token-webhook", "protect-kernel-defaults", "make-iptables-util-chains",
      "rotate-certificates", "rotate-server-certificates", "enable-server", "enable-debugging-handlers",
      "fail-swap-on", "register-node", "serialize-image-pulls", "seccomp-default", "cgroups-per-qos",
      "exit-on-lock-contention", "keep-terminated-pod-volumes", "enable-controller-attach-detach")),
  PROXY("kube-proxy", "kube-proxy", Set.of("profiling", "masquerade-all", "cleanup", "bind-address-hard-fail"));

  /** {@link #values()}, made once: a command line is matched against them for every container. */
  private static final Component[] ALL = values();

  private final String binary;
  private final String title;
  private final Set<String> booleanFlags;

  Component(String binary, String title, Set<String> booleanFlags) {
    this.binary = binary;
    this.title = title;
    this.booleanFlags = booleanFlags;
  }

  public String binary() {
    return binary;
  }

  public String title() {
    return title;
  }

  public Set<String> booleanFlags() {
    return booleanFlags;
  }

  /**
   * The component a command line runs: its program's file name ({@code /usr/local/bin/kubelet}),
   * or hyperkube's first argument ({@code hyperkube kube-apiserver}, {@code hyperkube apiserver}).
   * Returns how many leading arguments name the program.
   */
  public static Optional<Program> ofCommand(List<String> argv) {
    if (argv.isEmpty()) {
      return Optional.empty();
    }
    String first = baseName(argv.get(0));
    if (first.equals("hyperkube") && argv.size() > 1) {
      String sub = baseName(argv.get(1));
      for (Component c : ALL) {
        if (sub.equals(c.binary) || ("kube-" + sub).equals(c.binary)) {
          return Optional.of(new Program(c, 2));
        }
      }
      return Optional.empty();
    }
    for (Component c : ALL) {
      if (first.equals(c.binary)) {
        return Optional.of(new Program(c, 1));
      }
    }
    return Optional.empty();
  }

  private static String baseName(String path) {
    return path.substring(path.lastIndexOf('/') + 1);
  }

  /** A component found in a command line, and how many arguments name it before its flags. */
  public record Program(Component component, int nameArgs) {}
}
