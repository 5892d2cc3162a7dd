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
    id = "KW-0410",
    summary = "API server does not force image pulls",
    severity = Severity.LOW,
    category = Category.SUPPLY_CHAIN,
    remediation = "Add AlwaysPullImages to --enable-admission-plugins on multi-tenant clusters.",
    references = {"cis:1.2.11", "mitre:T1525"})
public final class AlwaysPullImagesNotEnabled extends CisCheck {

  @Override
  public Set<Component> components() {
    return Set.of(Component.API_SERVER);
  }

  @Override
  protected void judge(ComponentConfig c, Inventory inventory, Verdicts out) {
    var p = AdmissionPlugins.of(c);
    if (p.on("AlwaysPullImages")) {
      out.pass("1.2.11", "%s runs the AlwaysPullImages admission plugin", who(c));
    } else {
      out.fail("1.2.11", at(p.enabling(), c), "the %s does not run the AlwaysPullImages admission plugin: a pod can start from a private image another tenant pulled onto the node, without the pull credentials", who(c));
    }
  }
}
