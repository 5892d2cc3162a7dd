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
    id = "KW-0463",
    summary = "Kubeconfig with cluster credentials is not owned by root",
    severity = Severity.MEDIUM,
    category = Category.SECRETS,
    remediation = "Run chown root:root on the kubeconfig files (admin.conf, super-admin.conf, scheduler.conf, controller-manager.conf, kubelet.conf, kube-proxy's).",
    references = {"cis:1.1.14", "cis:1.1.16", "cis:1.1.18", "cis:4.1.4", "cis:4.1.6", "mitre:T1552.001"})
public final class KubeconfigOwnership extends NodeFileCheck {

  @Override
  public Set<Component> components() {
    return Set.of(Component.API_SERVER, Component.CONTROLLER_MANAGER, Component.SCHEDULER, Component.KUBELET, Component.PROXY);
  }

  @Override
  protected void judgeFiles(ComponentConfig c, Inventory inventory, NodeFiles node, Verdicts out) {
    for (NodePaths.Kubeconfig k : NodePaths.kubeconfigs(c, node)) {
      ownership(node, out, k.ownershipControl(), k.path(), "root:root", k.what());
    }
  }
}
