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
    if (!FlagRules.keepsAuditFiles(c, out, "1.2.18")) {
      return;
    }
    var s = c.flag("audit-log-maxbackup");
    if (!s.explicit()) {
      out.fail("1.2.18", at(s, c), "the %s leaves --audit-log-maxbackup unset: every rotated file is kept until --audit-log-maxage removes it, so the disk, not a policy, decides how much history there is", who(c));
      return;
    }
    FlagRules.atLeast(c, out, "1.2.18", "audit-log-maxbackup", 0, 10, "older audit events are deleted as soon as the log has rotated that many times");
  }
}
