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
    id = "KW-0405",
    summary = "API server authorizes every request",
    severity = Severity.CRITICAL,
    category = Category.IDENTITY,
    remediation = "Set --authorization-mode=Node,RBAC (without AlwaysAllow).",
    references = {"cis:1.2.6", "mitre:T1078"})
public final class AuthorizationAlwaysAllow extends CisCheck {

  @Override
  public Set<Component> components() {
    return Set.of(Component.API_SERVER);
  }

  @Override
  protected void judge(ComponentConfig c, Inventory inventory, Verdicts out) {
    var modes = AuthorizationModes.judged(c, "1.2.6", out);
    if (modes.isEmpty()) {
      return;
    }
    if (modes.get().modes().contains("AlwaysAllow")) {
      out.fail("1.2.6", at(modes.get().setting(), c), "the %s allows every authenticated request (AlwaysAllow in %s): RBAC and every other authorizer after it never deny", who(c), modes.get().source());
    } else {
      out.pass("1.2.6", "%s authorizes with %s", who(c), String.join(",", modes.get().modes()));
    }
  }
}
