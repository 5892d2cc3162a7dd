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
    id = "KW-0418",
    summary = "API server rotates audit log files when they are too small",
    severity = Severity.MEDIUM,
    category = Category.API_LIFECYCLE,
    remediation = "Set --audit-log-maxsize to 100 or more.",
    references = {"cis:1.2.19", "mitre:T1562.008"})
public final class AuditLogMaxSizeLow extends CisCheck {

  @Override
  public Set<Component> components() {
    return Set.of(Component.API_SERVER);
  }

  @Override
  protected void judge(ComponentConfig c, Inventory inventory, Verdicts out) {
    if (!FlagRules.keepsAuditFiles(c, out, "1.2.19")) {
      return;
    }
    FlagRules.atLeast(c, out, "1.2.19", "audit-log-maxsize", 100, 100, "small files rotate often, so the kept files cover less time");
  }
}
