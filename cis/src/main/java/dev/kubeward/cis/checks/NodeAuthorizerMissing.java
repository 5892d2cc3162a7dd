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
    id = "KW-0406",
    summary = "API server does not restrict kubelets with the Node authorizer",
    severity = Severity.MEDIUM,
    category = Category.IDENTITY,
    remediation = "Include Node in --authorization-mode, e.g. --authorization-mode=Node,RBAC.",
    references = {"cis:1.2.7", "mitre:T1078"})
public final class NodeAuthorizerMissing extends CisCheck {

  @Override
  public Set<Component> components() {
    return Set.of(Component.API_SERVER);
  }

  @Override
  protected void judge(ComponentConfig c, Inventory inventory, Verdicts out) {
    var modes = AuthorizationModes.of(c);
    if (modes.isEmpty()) {
      out.warn("1.2.7", "the %s reads its authorizers from %s, which could not be read", who(c), c.flag("authorization-config").text());
    } else if (modes.get().modes().contains("Node")) {
      out.pass("1.2.7", "%s authorizes with %s", who(c), String.join(",", modes.get().modes()));
    } else {
      out.fail("1.2.7", at(modes.get().setting(), c), "the %s does not authorize with Node (%s): kubelets are authorized by RBAC alone, where system:nodes can read every Secret and ConfigMap rather than those of its own pods", who(c), modes.get().source());
    }
  }
}
