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
    id = "KW-0460",
    summary = "Etcd data directory is open to other users",
    severity = Severity.HIGH,
    category = Category.SECRETS,
    remediation = "Run chmod 700 on etcd's --data-dir (/var/lib/etcd by default).",
    references = {"cis:1.1.11", "mitre:T1552.007"})
public final class EtcdDataDirectoryPermissions extends NodeFileCheck {

  @Override
  public Set<Component> components() {
    return Set.of(Component.ETCD);
  }

  @Override
  protected void judgeFiles(ComponentConfig c, Inventory inventory, NodeFiles node, Verdicts out) {
    String dir = NodePaths.etcdDataDir(c, node);
    permissions(node, out, "1.1.11", dir, 0700, "the etcd data directory");
  }
}
