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
    id = "KW-0461",
    summary = "Etcd data directory is not owned by etcd",
    severity = Severity.MEDIUM,
    category = Category.SECRETS,
    remediation = "Run chown etcd:etcd on etcd's --data-dir (/var/lib/etcd by default).",
    references = {"cis:1.1.12", "mitre:T1552.007"})
public final class EtcdDataDirectoryOwnership extends NodeFileCheck {

  @Override
  public Set<Component> components() {
    return Set.of(Component.ETCD);
  }

  @Override
  protected void judgeFiles(ComponentConfig c, Inventory inventory, NodeFiles node, Verdicts out) {
    String dir = NodePaths.etcdDataDir(c, node);
    ownership(node, out, "1.1.12", dir, "etcd:etcd", "the etcd data directory");
  }
}
