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
    id = "KW-0432",
    summary = "Pods are not given the CA to verify the API server",
    severity = Severity.MEDIUM,
    category = Category.NETWORK_EXPOSURE,
    remediation = "Set --root-ca-file on the controller manager to the CA bundle of the API server's serving certificate.",
    references = {"cis:1.3.5", "mitre:T1557"})
public final class RootCaFileMissing extends CisCheck {

  @Override
  public Set<Component> components() {
    return Set.of(Component.CONTROLLER_MANAGER);
  }

  @Override
  protected void judge(ComponentConfig c, Inventory inventory, Verdicts out) {
    FlagRules.required(c, out, "1.3.5", "root-ca-file",
    "the kube-root-ca.crt ConfigMap and service account volumes carry no CA for the API server, so in-cluster clients cannot verify it");
  }
}
