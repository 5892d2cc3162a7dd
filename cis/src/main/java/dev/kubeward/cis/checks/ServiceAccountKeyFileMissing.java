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
    id = "KW-0420",
    summary = "API server does not name the keys that verify service account tokens",
    severity = Severity.MEDIUM,
    category = Category.IDENTITY,
    remediation = "Set --service-account-key-file to the public key(s) matching the controller manager's --service-account-private-key-file.",
    references = {"cis:1.2.22", "mitre:T1528"})
public final class ServiceAccountKeyFileMissing extends CisCheck {

  @Override
  public Set<Component> components() {
    return Set.of(Component.API_SERVER);
  }

  @Override
  protected void judge(ComponentConfig c, Inventory inventory, Verdicts out) {
    FlagRules.required(c, out, "1.2.22", "service-account-key-file",
    "tokens are verified with the serving key instead, which ties token signing to the TLS certificate and prevents rotating either alone");
  }
}
