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
    id = "KW-0468",
    summary = "Kubelet client CA file is writable or readable by others",
    severity = Severity.MEDIUM,
    category = Category.IDENTITY,
    remediation = "Run chmod 600 on the kubelet's clientCAFile.",
    references = {"cis:4.1.7", "mitre:T1556"})
public final class ClientCaFilePermissions extends NodeFileCheck {

  @Override
  public Set<Component> components() {
    return Set.of(Component.KUBELET);
  }

  @Override
  protected void judgeFiles(ComponentConfig c, Inventory inventory, NodeFiles node, Verdicts out) {
    NodePaths.kubeletClientCa(c, node).ifPresent(path -> permissions(node, out, "4.1.7", path, 0600, "the kubelet's client CA file"));
  }
}
