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
    id = "KW-0417",
    summary = "API server keeps too few rotated audit log files",
    severity = Severity.MEDIUM,
    category = Category.API_LIFECYCLE,
    remediation = "Set --audit-log-maxbackup to 10 or more.",
    references = {"cis:1.2.18", "mitre:T1562.008"})
public final class AuditLogMaxBackupLow extends CisCheck {

  @Override
  public Set<Component> components() {
    return Set.of(Component.API_SERVER);
  }

  @Override
  protected void judge(ComponentConfig c, Inventory inventory, Verdicts out) {
    var path = c.flag("audit-log-path");
         if (!path.explicit() && c.flag("audit-webhook-config-file").explicit()) {
           out.pass("1.2.18", "%s sends audit events to a webhook: retention is the receiver's", who(c));
           return;
         }
         FlagRules.atLeast(c, out, "1.2.18", "audit-log-maxbackup", 0, 10, "older audit events are overwritten as soon as the log rotates that many times");
  }
}
