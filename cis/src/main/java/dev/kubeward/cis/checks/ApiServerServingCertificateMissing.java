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
    id = "KW-0422",
    summary = "API server serves a self-signed certificate",
    severity = Severity.HIGH,
    category = Category.NETWORK_EXPOSURE,
    remediation = "Set --tls-cert-file and --tls-private-key-file to a certificate issued by the cluster CA.",
    references = {"cis:1.2.24", "mitre:T1557"})
public final class ApiServerServingCertificateMissing extends CisCheck {

  @Override
  public Set<Component> components() {
    return Set.of(Component.API_SERVER);
  }

  @Override
  protected void judge(ComponentConfig c, Inventory inventory, Verdicts out) {
    FlagRules.pair(c, out, "1.2.24", "tls-cert-file", "tls-private-key-file",
    "the API server generates a self-signed certificate that clients cannot verify, so they must skip verification and can be intercepted");
  }
}
