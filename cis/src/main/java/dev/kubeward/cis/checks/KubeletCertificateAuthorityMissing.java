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
    id = "KW-0404",
    summary = "API server does not verify the kubelets' serving certificates",
    severity = Severity.HIGH,
    category = Category.NETWORK_EXPOSURE,
    remediation = "Set --kubelet-certificate-authority to the CA that signs the kubelets' serving certificates.",
    references = {"cis:1.2.5", "mitre:T1557"})
public final class KubeletCertificateAuthorityMissing extends CisCheck {

  @Override
  public Set<Component> components() {
    return Set.of(Component.API_SERVER);
  }

  @Override
  protected void judge(ComponentConfig c, Inventory inventory, Verdicts out) {
    FlagRules.required(c, out, "1.2.5", "kubelet-certificate-authority",
    "connections to kubelets are not verified, so whoever answers on a node's address (a spoofed node, a pod on the host network) receives exec sessions and the API server's client credentials");
  }
}
