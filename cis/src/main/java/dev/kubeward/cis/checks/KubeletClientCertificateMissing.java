package dev.kubeward.cis.checks;

import dev.kubeward.cis.Component;
import dev.kubeward.cis.ComponentConfig;
import dev.kubeward.cis.Inventory;
import dev.kubeward.cis.Verdicts;
import dev.kubeward.core.check.Category;
import dev.kubeward.core.check.CheckInfo;
import dev.kubeward.core.check.Severity;
import java.util.Set;

@CheckInfo(
    id = "KW-0403",
    summary = "API server calls kubelets without a client certificate",
    severity = Severity.HIGH,
    category = Category.IDENTITY,
    remediation = "Set --kubelet-client-certificate and --kubelet-client-key to a client certificate the kubelets trust.",
    references = {"cis:1.2.4", "mitre:T1557"})
public final class KubeletClientCertificateMissing extends CisCheck {

  @Override
  public Set<Component> components() {
    return Set.of(Component.API_SERVER);
  }

  @Override
  protected void judge(ComponentConfig c, Inventory inventory, Verdicts out) {
    FlagRules.pair(c, out, "1.2.4", "kubelet-client-certificate", "kubelet-client-key",
    "the kubelets cannot authenticate the API server, so they must either refuse it (logs, exec and port-forward break) or accept anyone");
  }
}
