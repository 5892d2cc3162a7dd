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
    id = "KW-0419",
    summary = "API server accepts tokens of deleted service accounts",
    severity = Severity.MEDIUM,
    category = Category.IDENTITY,
    remediation = "Remove --service-account-lookup=false (it defaults to true).",
    references = {"cis:1.2.21", "mitre:T1528"})
public final class ServiceAccountLookupDisabled extends CisCheck {

  @Override
  public Set<Component> components() {
    return Set.of(Component.API_SERVER);
  }

  @Override
  protected void judge(ComponentConfig c, Inventory inventory, Verdicts out) {
    FlagRules.bool(c, out, "1.2.21", "service-account-lookup", true, true,
    "a legacy token stays valid after its ServiceAccount or Secret is deleted, so revoking it is impossible");
  }
}
