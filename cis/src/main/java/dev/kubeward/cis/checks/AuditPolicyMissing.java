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
    id = "KW-0442",
    summary = "API server has no audit policy",
    severity = Severity.MEDIUM,
    category = Category.API_LIFECYCLE,
    remediation = "Set --audit-policy-file to a policy that records at least Metadata for every request.",
    references = {"cis:3.2.1", "mitre:T1562.008"})
public final class AuditPolicyMissing extends CisCheck {

  @Override
  public Set<Component> components() {
    return Set.of(Component.API_SERVER);
  }

  @Override
  protected void judge(ComponentConfig c, Inventory inventory, Verdicts out) {
    FlagRules.required(c, out, "3.2.1", "audit-policy-file",
    "without a policy no event is recorded, whatever the log or webhook backend");
  }
}
