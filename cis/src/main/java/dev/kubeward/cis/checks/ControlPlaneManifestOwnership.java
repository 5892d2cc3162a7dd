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
    id = "KW-0457",
    summary = "Control-plane static pod manifest is not owned by root",
    severity = Severity.MEDIUM,
    category = Category.HOST_ISOLATION,
    remediation = "Run chown root:root on the static pod manifests in /etc/kubernetes/manifests.",
    references = {"cis:1.1.2", "cis:1.1.4", "cis:1.1.6", "cis:1.1.8", "mitre:T1552.001"})
public final class ControlPlaneManifestOwnership extends NodeFileCheck {

  @Override
  public Set<Component> components() {
    return Set.of(Component.API_SERVER, Component.CONTROLLER_MANAGER, Component.SCHEDULER, Component.ETCD);
  }

  @Override
  protected void judgeFiles(ComponentConfig c, Inventory inventory, NodeFiles node, Verdicts out) {
    NodePaths.manifest(c, node).ifPresent(path -> ownership(node, out, NodePaths.manifestControl(c.component(), true), path, "root:root",
    "the " + who(c) + "'s static pod manifest"));
  }
}
