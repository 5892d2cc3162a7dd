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
    id = "KW-0400",
    summary = "API server accepts anonymous requests",
    severity = Severity.MEDIUM,
    category = Category.IDENTITY,
    remediation = "Set --anonymous-auth=false on the API server, or keep anonymous access bound to no more than the health endpoints.",
    references = {"cis:1.2.1", "mitre:T1190"})
public final class ApiServerAnonymousAuth extends CisCheck {

  @Override
  public Set<Component> components() {
    return Set.of(Component.API_SERVER);
  }

  @Override
  protected void judge(ComponentConfig c, Inventory inventory, Verdicts out) {
    FlagRules.bool(c, out, "1.2.1", "anonymous-auth", true, false,
    "requests without credentials are served as system:anonymous, and any role bound to it or to system:unauthenticated is open to the network");
  }
}
