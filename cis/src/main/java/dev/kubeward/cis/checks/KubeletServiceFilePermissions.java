package dev.kubeward.cis.checks;

import dev.kubeward.cis.Component;
import dev.kubeward.cis.ComponentConfig;
import dev.kubeward.cis.Inventory;
import dev.kubeward.cis.Verdicts;
import dev.kubeward.cis.node.NodeFiles;
import dev.kubeward.core.check.Category;
import dev.kubeward.core.check.CheckInfo;
import dev.kubeward.core.check.Severity;
import java.util.Set;

@CheckInfo(
    id = "KW-0466",
    summary = "Kubelet service file is writable or readable by others",
    severity = Severity.MEDIUM,
    category = Category.HOST_ISOLATION,
    remediation = "Run chmod 600 on the kubelet's systemd unit and drop-ins.",
    references = {"cis:4.1.1"})
public final class KubeletServiceFilePermissions extends NodeFileCheck {

  @Override
  public Set<Component> components() {
    return Set.of(Component.KUBELET);
  }

  @Override
  protected void judgeFiles(ComponentConfig c, Inventory inventory, NodeFiles node, Verdicts out) {
    for (String path : NodePaths.kubeletServiceFiles(node)) {
      permissions(node, out, "4.1.1", path, 0600, "kubelet service file");
    }
  }
}
