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
    id = "KW-0409",
    summary = "API server runs the AlwaysAdmit admission plugin",
    severity = Severity.CRITICAL,
    category = Category.POD_SECURITY,
    remediation = "Remove AlwaysAdmit from --enable-admission-plugins.",
    references = {"cis:1.2.10", "mitre:T1610"})
public final class AlwaysAdmitEnabled extends CisCheck {

  @Override
  public Set<Component> components() {
    return Set.of(Component.API_SERVER);
  }

  @Override
  protected void judge(ComponentConfig c, Inventory inventory, Verdicts out) {
    var p = AdmissionPlugins.of(c);
    if (p.on("AlwaysAdmit")) {
      out.fail("1.2.10", at(p.enabling(), c), "the %s runs the AlwaysAdmit admission plugin, which admits every request it is asked about: it is deprecated and does nothing but weaken the chain", who(c));
    } else {
      out.pass("1.2.10", "%s does not run AlwaysAdmit", who(c));
    }
  }
}
