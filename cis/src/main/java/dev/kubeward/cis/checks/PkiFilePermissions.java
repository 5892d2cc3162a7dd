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
    id = "KW-0465",
    summary = "Kubernetes PKI certificates or keys are readable by others",
    severity = Severity.HIGH,
    category = Category.SECRETS,
    remediation = "Run chmod 600 on /etc/kubernetes/pki/*.crt and *.key (recursively).",
    references = {"cis:1.1.20", "cis:1.1.21", "mitre:T1552.004"})
public final class PkiFilePermissions extends NodeFileCheck {

  @Override
  public Set<Component> components() {
    return Set.of(Component.API_SERVER);
  }

  @Override
  protected void judgeFiles(ComponentConfig c, Inventory inventory, NodeFiles node, Verdicts out) {
    for (String path : node.filesUnder(node.config("pki"))) {
      if (path.endsWith(".key")) {
        permissions(node, out, "1.1.21", path, 0600, "PKI key");
      } else if (path.endsWith(".crt")) {
        permissions(node, out, "1.1.20", path, 0600, "PKI certificate");
      }
    }
  }
}
