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
    id = "KW-0415",
    summary = "API server keeps no audit log",
    severity = Severity.HIGH,
    category = Category.API_LIFECYCLE,
    remediation = "Set --audit-log-path (with --audit-policy-file), or send audit events to a webhook with --audit-webhook-config-file.",
    references = {"cis:1.2.16", "mitre:T1562.008"})
public final class AuditLogMissing extends CisCheck {

  @Override
  public Set<Component> components() {
    return Set.of(Component.API_SERVER);
  }

  @Override
  protected void judge(ComponentConfig c, Inventory inventory, Verdicts out) {
    var path = c.flag("audit-log-path");
    var webhook = c.flag("audit-webhook-config-file");
    if (path.explicit() && !path.text().isBlank()) {
      out.pass("1.2.16", "%s writes audit events to %s", who(c), path.text());
    } else if (webhook.explicit() && !webhook.text().isBlank()) {
      out.pass("1.2.16", "%s sends audit events to the webhook of %s", who(c), webhook.text());
    } else {
      out.fail("1.2.16", at(path, c), "the %s keeps no audit log (neither --audit-log-path nor --audit-webhook-config-file): who read which Secret, exec'd into which pod or changed which binding cannot be found out afterwards", who(c));
    }
  }
}
