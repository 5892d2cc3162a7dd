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
    id = "KW-0423",
    summary = "API server does not authenticate client certificates",
    severity = Severity.HIGH,
    category = Category.IDENTITY,
    remediation = "Set --client-ca-file to the CA that signs client certificates (the cluster CA).",
    references = {"cis:1.2.25", "mitre:T1078"})
public final class ClientCaMissing extends CisCheck {

  @Override
  public Set<Component> components() {
    return Set.of(Component.API_SERVER);
  }

  @Override
  protected void judge(ComponentConfig c, Inventory inventory, Verdicts out) {
    FlagRules.required(c, out, "1.2.25", "client-ca-file",
    "client certificates are not accepted, so the controller manager, scheduler, kubelets and administrators cannot authenticate with theirs");
  }
}
