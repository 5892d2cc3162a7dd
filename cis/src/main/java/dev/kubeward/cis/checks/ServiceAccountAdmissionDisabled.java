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
    id = "KW-0411",
    summary = "API server runs without the ServiceAccount admission plugin",
    severity = Severity.HIGH,
    category = Category.IDENTITY,
    remediation = "Remove ServiceAccount from --disable-admission-plugins.",
    references = {"cis:1.2.12", "mitre:T1528"})
public final class ServiceAccountAdmissionDisabled extends CisCheck {

  @Override
  public Set<Component> components() {
    return Set.of(Component.API_SERVER);
  }

  @Override
  protected void judge(ComponentConfig c, Inventory inventory, Verdicts out) {
    var p = AdmissionPlugins.of(c);
    if (p.on("ServiceAccount")) {
      out.pass("1.2.12", "%s runs the ServiceAccount admission plugin", who(c));
    } else {
      out.fail("1.2.12", at(p.disable().explicit() ? p.disable() : p.enabling(), c), "the %s does not run the ServiceAccount admission plugin: pods are not given their service account, its token is not mounted by the API server's rules, and pods may name service accounts that do not exist", who(c));
    }
  }
}
