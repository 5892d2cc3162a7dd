package dev.kubeward.cis.checks;

import dev.kubeward.cis.Component;
import dev.kubeward.cis.ComponentConfig;
import dev.kubeward.cis.KubeletSetting;
import dev.kubeward.cis.Setting;
import dev.kubeward.cis.node.NodeFiles;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where a node keeps the files the benchmark's section 1.1 and 4.1 are about: the paths the
 * components' flags name, else the places kubeadm (and most installers) put them.
 */
final class NodePaths {

  /** A kubeconfig, what it is, and the controls for its permissions and its owner. */
  record Kubeconfig(String path, String what, String permissionsControl, String ownershipControl) {}

  static final List<String> KUBELET_SERVICE_FILES = List.of(
      "/etc/systemd/system/kubelet.service.d/10-kubeadm.conf",
      "/usr/lib/systemd/system/kubelet.service.d/10-kubeadm.conf",
      "/etc/systemd/system/kubelet.service",
      "/lib/systemd/system/kubelet.service",
      "/usr/lib/systemd/system/kubelet.service");

  private NodePaths() {}

  /** The component's static pod manifest: the file it was read from, else the conventional name. */
  static Optional<String> manifest(ComponentConfig c, NodeFiles node) {
    if (!c.file().isEmpty() && c.flagsKnown() && node.exists(c.file())) {
      return Optional.of(c.file());
    }
    String base = c.component() == Component.ETCD ? "etcd" : c.component().binary();
    return node.first(List.of(node.config("manifests/" + base + ".yaml"), node.config("manifests/" + base + ".yml"),
        node.config("manifests/" + base + ".manifest")));
  }

  static String manifestControl(Component component, boolean ownership) {
    int n = switch (component) {
      case API_SERVER -> 1;
      case CONTROLLER_MANAGER -> 3;
      case SCHEDULER -> 5;
      default -> 7;
    };
    return "1.1." + (ownership ? n + 1 : n);
  }

  static List<String> cniFiles(NodeFiles node) {
    List<String> out = new ArrayList<>(node.filesUnder("/etc/cni/net.d"));
    out.addAll(node.filesUnder("/var/lib/cni/networks"));
    return out;
  }

  /** etcd's {@code --data-dir} (or {@code ETCD_DATA_DIR}), else kubeadm's {@code /var/lib/etcd}. */
  static String etcdDataDir(ComponentConfig c, NodeFiles node) {
    Setting s = c.flag("data-dir");
    return s.explicit() && !s.text().isBlank() ? s.text() : "/var/lib/etcd";
  }

  static List<Kubeconfig> kubeconfigs(ComponentConfig c, NodeFiles node) {
    return switch (c.component()) {
      case API_SERVER -> List.of(
          new Kubeconfig(node.config("admin.conf"), "the administrator's kubeconfig", "1.1.13", "1.1.14"),
          new Kubeconfig(node.config("super-admin.conf"), "the super-administrator's kubeconfig", "1.1.13", "1.1.14"));
      case SCHEDULER -> List.of(new Kubeconfig(flagOr(c, "kubeconfig", node.config("scheduler.conf")),
          "the scheduler's kubeconfig", "1.1.15", "1.1.16"));
      case CONTROLLER_MANAGER -> List.of(new Kubeconfig(flagOr(c, "kubeconfig", node.config("controller-manager.conf")),
          "the controller manager's kubeconfig", "1.1.17", "1.1.18"));
      case KUBELET -> List.of(new Kubeconfig(flagOr(c, "kubeconfig", node.config("kubelet.conf")),
          "the kubelet's kubeconfig", "4.1.5", "4.1.6"));
      case PROXY -> {
        Setting s = c.proxy("kubeconfig", "clientConnection.kubeconfig", Optional.empty());
        yield s.explicit() && !s.text().isBlank()
            ? List.of(new Kubeconfig(s.text(), "kube-proxy's kubeconfig", "4.1.3", "4.1.4"))
            : List.of();
      }
      case ETCD -> List.of();
    };
  }

  static List<String> kubeletServiceFiles(NodeFiles node) {
    return KUBELET_SERVICE_FILES.stream().filter(node::exists).toList();
  }

  static Optional<String> kubeletClientCa(ComponentConfig c, NodeFiles node) {
    Setting s = c.kubelet(KubeletSetting.CLIENT_CA_FILE);
    if (s.explicit() && !s.text().isBlank()) {
      return Optional.of(s.text());
    }
    return node.first(List.of(node.config("pki/ca.crt")));
  }

  static Optional<String> kubeletConfig(ComponentConfig c, NodeFiles node) {
    Setting s = c.flag("config");
    if (s.explicit() && !s.text().isBlank()) {
      return Optional.of(s.text());
    }
    return c.config().map(f -> f.name()).filter(node::exists);
  }

  private static String flagOr(ComponentConfig c, String flag, String fallback) {
    Setting s = c.flag(flag);
    return s.explicit() && !s.text().isBlank() ? s.text() : fallback;
  }
}
