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
    id = "KW-0402",
    summary = "API server lets Services claim any external IP",
    severity = Severity.LOW,
    category = Category.NETWORK_EXPOSURE,
    remediation = "Add DenyServiceExternalIPs to --enable-admission-plugins unless Services must set externalIPs.",
    references = {"cis:1.2.3", "mitre:T1557"})
public final class DenyServiceExternalIpsNotEnabled extends CisCheck {

  @Override
  public Set<Component> components() {
    return Set.of(Component.API_SERVER);
  }

  @Override
  protected void judge(ComponentConfig c, Inventory inventory, Verdicts out) {
    var p = AdmissionPlugins.of(c);
    if (p.on("DenyServiceExternalIPs")) {
      out.pass("1.2.3", "%s runs the DenyServiceExternalIPs admission plugin", who(c));
    } else {
      out.fail("1.2.3", at(p.enabling(), c), "the %s does not run the DenyServiceExternalIPs admission plugin: any user who can create a Service can set spec.externalIPs and intercept traffic meant for that address (CVE-2020-8554)", who(c));
    }
  }
}
