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
    id = "KW-0456",
    summary = "Control-plane static pod manifest is readable or writable by others",
    severity = Severity.MEDIUM,
    category = Category.HOST_ISOLATION,
    remediation = "Run chmod 600 on the static pod manifests in /etc/kubernetes/manifests.",
    references = {"cis:1.1.1", "cis:1.1.3", "cis:1.1.5", "cis:1.1.7", "mitre:T1552.001"})
public final class ControlPlaneManifestPermissions extends NodeFileCheck {

  @Override
  public Set<Component> components() {
    return Set.of(Component.API_SERVER, Component.CONTROLLER_MANAGER, Component.SCHEDULER, Component.ETCD);
  }

  @Override
  protected void judgeFiles(ComponentConfig c, Inventory inventory, NodeFiles node, Verdicts out) {
    NodePaths.manifest(c, node).ifPresent(path -> permissions(node, out, NodePaths.manifestControl(c.component(), false), path, 0600,
    "the " + who(c) + "'s static pod manifest"));
  }
}
