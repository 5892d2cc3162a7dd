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
    id = "KW-0464",
    summary = "Kubernetes PKI files are not owned by root",
    severity = Severity.HIGH,
    category = Category.SECRETS,
    remediation = "Run chown -R root:root /etc/kubernetes/pki.",
    references = {"cis:1.1.19", "mitre:T1552.004"})
public final class PkiOwnership extends NodeFileCheck {

  @Override
  public Set<Component> components() {
    return Set.of(Component.API_SERVER);
  }

  @Override
  protected void judgeFiles(ComponentConfig c, Inventory inventory, NodeFiles node, Verdicts out) {
    String dir = node.config("pki");
    if (!node.exists(dir)) {
      return;
    }
    ownership(node, out, "1.1.19", dir, "root:root", "the PKI directory");
    for (String path : node.filesUnder(dir)) {
      ownership(node, out, "1.1.19", path, "root:root", "PKI file");
    }
  }
}
