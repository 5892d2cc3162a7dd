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
    id = "KW-0413",
    summary = "API server does not restrict what kubelets may modify",
    severity = Severity.HIGH,
    category = Category.IDENTITY,
    remediation = "Add NodeRestriction to --enable-admission-plugins (with the Node authorizer).",
    references = {"cis:1.2.14", "mitre:T1078"})
public final class NodeRestrictionNotEnabled extends CisCheck {

  @Override
  public Set<Component> components() {
    return Set.of(Component.API_SERVER);
  }

  @Override
  protected void judge(ComponentConfig c, Inventory inventory, Verdicts out) {
    var p = AdmissionPlugins.of(c);
    if (p.on("NodeRestriction")) {
      out.pass("1.2.14", "%s runs the NodeRestriction admission plugin", who(c));
    } else {
      out.fail("1.2.14", at(p.enabling(), c), "the %s does not run the NodeRestriction admission plugin: a kubelet can modify other nodes and the pods of other nodes, and set labels that steer workloads to a node it controls", who(c));
    }
  }
}
