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
    id = "KW-0467",
    summary = "Kubelet service file is not owned by root",
    severity = Severity.MEDIUM,
    category = Category.HOST_ISOLATION,
    remediation = "Run chown root:root on the kubelet's systemd unit and drop-ins.",
    references = {"cis:4.1.2"})
public final class KubeletServiceFileOwnership extends NodeFileCheck {

  @Override
  public Set<Component> components() {
    return Set.of(Component.KUBELET);
  }

  @Override
  protected void judgeFiles(ComponentConfig c, Inventory inventory, NodeFiles node, Verdicts out) {
    for (String path : NodePaths.kubeletServiceFiles(node)) {
      ownership(node, out, "4.1.2", path, "root:root", "kubelet service file");
    }
  }
}
