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
    id = "KW-0427",
    summary = "API server serves an unauthenticated insecure port",
    severity = Severity.CRITICAL,
    category = Category.NETWORK_EXPOSURE,
    remediation = "Remove --insecure-port and --insecure-bind-address (or set --insecure-port=0); upgrade past Kubernetes 1.23, which removed them.",
    references = {"mitre:T1190"})
public final class InsecurePortEnabled extends CisCheck {

  @Override
  public Set<Component> components() {
    return Set.of(Component.API_SERVER);
  }

  @Override
  protected void judge(ComponentConfig c, Inventory inventory, Verdicts out) {
    var port = c.flag("insecure-port");
    var bind = c.flag("insecure-bind-address");
    if (port.explicit() && !port.text().equals("0")) {
      out.fail(ID, at(port, c), "the %s serves plain HTTP on --insecure-port=%s, without authentication or authorization: every request there is cluster-admin", who(c), port.text());
    } else if (bind.explicit() && !port.explicit()) {
      out.fail(ID, at(bind, c), "the %s sets --insecure-bind-address=%s: before Kubernetes 1.20 the insecure port (8080 by default) then listens there, unauthenticated", who(c), bind.text());
    } else {
      out.pass(ID, "%s serves no insecure port", who(c));
    }
  }

  private static final String ID = "KW-0427";
}
