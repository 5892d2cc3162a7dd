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
    id = "KW-0416",
    summary = "API server keeps audit log files for too few days",
    severity = Severity.MEDIUM,
    category = Category.API_LIFECYCLE,
    remediation = "Set --audit-log-maxage to 30 or more.",
    references = {"cis:1.2.17", "mitre:T1562.008"})
public final class AuditLogMaxAgeLow extends CisCheck {

  @Override
  public Set<Component> components() {
    return Set.of(Component.API_SERVER);
  }

  @Override
  protected void judge(ComponentConfig c, Inventory inventory, Verdicts out) {
    if (!FlagRules.keepsAuditFiles(c, out, "1.2.17")) {
      return;
    }
    var s = c.flag("audit-log-maxage");
    if (!s.explicit()) {
      out.fail("1.2.17", at(s, c), "the %s leaves --audit-log-maxage unset: rotated files are never deleted for their age, so how much history stays is left to --audit-log-maxbackup and the disk rather than set as a policy", who(c));
      return;
    }
    FlagRules.atLeast(c, out, "1.2.17", "audit-log-maxage", 0, 30, "audit files are deleted before an investigation is likely to need them");
  }
}
