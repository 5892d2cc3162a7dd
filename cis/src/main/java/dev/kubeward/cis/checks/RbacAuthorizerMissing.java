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
    id = "KW-0407",
    summary = "API server does not authorize with RBAC",
    severity = Severity.HIGH,
    category = Category.IDENTITY,
    remediation = "Include RBAC in --authorization-mode, e.g. --authorization-mode=Node,RBAC.",
    references = {"cis:1.2.8", "mitre:T1078"})
public final class RbacAuthorizerMissing extends CisCheck {

  @Override
  public Set<Component> components() {
    return Set.of(Component.API_SERVER);
  }

  @Override
  protected void judge(ComponentConfig c, Inventory inventory, Verdicts out) {
    var modes = AuthorizationModes.of(c);
    if (modes.isEmpty()) {
      out.warn("1.2.8", "the %s reads its authorizers from %s, which could not be read", who(c), c.flag("authorization-config").text());
    } else if (modes.get().modes().contains("RBAC")) {
      out.pass("1.2.8", "%s authorizes with %s", who(c), String.join(",", modes.get().modes()));
    } else {
      out.fail("1.2.8", at(modes.get().setting(), c), "the %s does not authorize with RBAC (%s): Roles and RoleBindings have no effect, so access cannot be granted by least privilege", who(c), modes.get().source());
    }
  }
}
