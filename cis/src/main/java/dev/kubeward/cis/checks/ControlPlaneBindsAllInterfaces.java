package dev.kubeward.cis.checks;

import dev.kubeward.cis.Component;
import dev.kubeward.cis.ComponentConfig;
import dev.kubeward.cis.Inventory;
import dev.kubeward.cis.Verdicts;
import dev.kubeward.core.check.Category;
import dev.kubeward.core.check.CheckInfo;
import dev.kubeward.core.check.Severity;
import java.util.List;
import java.util.Set;

@CheckInfo(
    id = "KW-0434",
    summary = "Controller manager or scheduler listens on every interface",
    severity = Severity.MEDIUM,
    category = Category.NETWORK_EXPOSURE,
    remediation = "Set --bind-address=127.0.0.1 on the controller manager and the scheduler.",
    references = {"cis:1.3.7", "cis:1.4.2", "mitre:T1046"})
public final class ControlPlaneBindsAllInterfaces extends CisCheck {

  @Override
  public Set<Component> components() {
    return Set.of(Component.CONTROLLER_MANAGER, Component.SCHEDULER);
  }

  @Override
  protected void judge(ComponentConfig c, Inventory inventory, Verdicts out) {
    String control = c.component() == Component.CONTROLLER_MANAGER ? "1.3.7" : "1.4.2";
    var port = c.flag("secure-port");
    if (port.explicit() && port.text().equals("0")) {
      out.pass(control, "%s serves no HTTPS port (--secure-port=0)", who(c));
      return;
    }
    var s = c.flag("bind-address", "0.0.0.0");
    if (LOOPBACK.contains(s.text()) || s.text().startsWith("127.")) {
      out.pass(control, "%s listens on %s only", who(c), s.text());
    } else {
      out.fail(control, at(s, c), "the %s listens on %s (%s): its health, metrics and, with profiling, debug endpoints are reachable from the network, not just the node", who(c), s.text(), s.describe());
    }
  }

  private static final List<String> LOOPBACK = List.of("127.0.0.1", "::1", "localhost");
}
