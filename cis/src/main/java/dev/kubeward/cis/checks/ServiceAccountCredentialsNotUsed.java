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
    id = "KW-0430",
    summary = "Controllers run with the controller manager's own broad credentials",
    severity = Severity.MEDIUM,
    category = Category.IDENTITY,
    remediation = "Set --use-service-account-credentials=true on the controller manager.",
    references = {"cis:1.3.3", "mitre:T1078"})
public final class ServiceAccountCredentialsNotUsed extends CisCheck {

  @Override
  public Set<Component> components() {
    return Set.of(Component.CONTROLLER_MANAGER);
  }

  @Override
  protected void judge(ComponentConfig c, Inventory inventory, Verdicts out) {
    FlagRules.bool(c, out, "1.3.3", "use-service-account-credentials", false, true,
    "all controllers share the controller manager's identity, which needs the union of their permissions, instead of one least-privilege service account each");
  }
}
