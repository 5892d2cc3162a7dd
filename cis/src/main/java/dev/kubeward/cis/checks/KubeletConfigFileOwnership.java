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
    id = "KW-0471",
    summary = "Kubelet configuration file is not owned by root",
    severity = Severity.MEDIUM,
    category = Category.HOST_ISOLATION,
    remediation = "Run chown root:root on the kubelet's configuration file (/var/lib/kubelet/config.yaml).",
    references = {"cis:4.1.10"})
public final class KubeletConfigFileOwnership extends NodeFileCheck {

  @Override
  public Set<Component> components() {
    return Set.of(Component.KUBELET);
  }

  @Override
  protected void judgeFiles(ComponentConfig c, Inventory inventory, NodeFiles node, Verdicts out) {
    NodePaths.kubeletConfig(c, node).ifPresent(path -> ownership(node, out, "4.1.10", path, "root:root", "the kubelet's configuration file"));
  }
}
