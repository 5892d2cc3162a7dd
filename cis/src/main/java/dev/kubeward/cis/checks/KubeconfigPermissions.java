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
    id = "KW-0462",
    summary = "Kubeconfig with cluster credentials is readable by others",
    severity = Severity.HIGH,
    category = Category.SECRETS,
    remediation = "Run chmod 600 on the kubeconfig files (admin.conf, super-admin.conf, scheduler.conf, controller-manager.conf, kubelet.conf, kube-proxy's).",
    references = {"cis:1.1.13", "cis:1.1.15", "cis:1.1.17", "cis:4.1.3", "cis:4.1.5", "mitre:T1552.001"})
public final class KubeconfigPermissions extends NodeFileCheck {

  @Override
  public Set<Component> components() {
    return Set.of(Component.API_SERVER, Component.CONTROLLER_MANAGER, Component.SCHEDULER, Component.KUBELET, Component.PROXY);
  }

  @Override
  protected void judgeFiles(ComponentConfig c, Inventory inventory, NodeFiles node, Verdicts out) {
    for (NodePaths.Kubeconfig k : NodePaths.kubeconfigs(c, node)) {
      permissions(node, out, k.permissionsControl(), k.path(), 0600, k.what());
    }
  }
}
