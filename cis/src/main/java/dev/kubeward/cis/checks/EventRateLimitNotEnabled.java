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
    id = "KW-0408",
    summary = "API server does not limit the rate of events",
    severity = Severity.LOW,
    category = Category.RESOURCE_MANAGEMENT,
    remediation = "Add EventRateLimit to --enable-admission-plugins and configure its limits in --admission-control-config-file.",
    references = {"cis:1.2.9", "mitre:T1499"})
public final class EventRateLimitNotEnabled extends CisCheck {

  @Override
  public Set<Component> components() {
    return Set.of(Component.API_SERVER);
  }

  @Override
  protected void judge(ComponentConfig c, Inventory inventory, Verdicts out) {
    var p = AdmissionPlugins.of(c);
    if (p.on("EventRateLimit")) {
      out.pass("1.2.9", "%s runs the EventRateLimit admission plugin", who(c));
    } else {
      out.fail("1.2.9", at(p.enabling(), c), "the %s does not run the EventRateLimit admission plugin: a workload or node that floods events can fill etcd and slow the API server for everyone", who(c));
    }
  }
}
