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
    id = "KW-0412",
    summary = "API server runs without the NamespaceLifecycle admission plugin",
    severity = Severity.MEDIUM,
    category = Category.NAMESPACE_HYGIENE,
    remediation = "Remove NamespaceLifecycle from --disable-admission-plugins.",
    references = {"cis:1.2.13", "mitre:T1485"})
public final class NamespaceLifecycleDisabled extends CisCheck {

  @Override
  public Set<Component> components() {
    return Set.of(Component.API_SERVER);
  }

  @Override
  protected void judge(ComponentConfig c, Inventory inventory, Verdicts out) {
    var p = AdmissionPlugins.of(c);
    if (p.on("NamespaceLifecycle")) {
      out.pass("1.2.13", "%s runs the NamespaceLifecycle admission plugin", who(c));
    } else {
      out.fail("1.2.13", at(p.disable().explicit() ? p.disable() : p.enabling(), c), "the %s does not run the NamespaceLifecycle admission plugin: objects can be created in namespaces being deleted or that do not exist, and the system namespaces can be deleted", who(c));
    }
  }
}
