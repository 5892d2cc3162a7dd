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
    id = "KW-0459",
    summary = "CNI configuration files are not owned by root",
    severity = Severity.LOW,
    category = Category.NETWORK_EXPOSURE,
    remediation = "Run chown root:root on the files in /etc/cni/net.d and /var/lib/cni/networks.",
    references = {"cis:1.1.10"})
public final class CniFileOwnership extends NodeFileCheck {

  @Override
  public Set<Component> components() {
    return Set.of(Component.KUBELET);
  }

  @Override
  protected void judgeFiles(ComponentConfig c, Inventory inventory, NodeFiles node, Verdicts out) {
    for (String path : NodePaths.cniFiles(node)) {
      ownership(node, out, "1.1.10", path, "root:root", "CNI file");
    }
  }
}
