package dev.kubeward.cis.checks;

import dev.kubeward.cis.Component;
import dev.kubeward.cis.ComponentConfig;
import dev.kubeward.cis.Inventory;
import dev.kubeward.cis.KubeletSetting;
import dev.kubeward.cis.Verdicts;
import dev.kubeward.core.check.Category;
import dev.kubeward.core.check.CheckInfo;
import dev.kubeward.core.check.Severity;
import java.util.Set;

@CheckInfo(
    id = "KW-0444",
    summary = "Kubelet authorizes every request",
    severity = Severity.CRITICAL,
    category = Category.IDENTITY,
    remediation = "Set authorization.mode: Webhook in the KubeletConfiguration (or --authorization-mode=Webhook).",
    references = {"cis:4.2.2", "mitre:T1609"})
public final class KubeletAuthorizationAlwaysAllow extends CisCheck {

  @Override
  public Set<Component> components() {
    return Set.of(Component.KUBELET);
  }

  @Override
  protected void judge(ComponentConfig c, Inventory inventory, Verdicts out) {
    var s = c.kubelet(KubeletSetting.AUTHORIZATION_MODE);
    if (s.unknown()) {
      out.warn("4.2.2", "the kubelet's authorization.mode is %s", s.describe());
    } else if (s.text().equals("AlwaysAllow")) {
      out.fail("4.2.2", at(s, c), "the kubelet has %s: any caller it authenticates (anyone, with anonymous authentication) may exec into its pods and read their logs", s.describe());
    } else {
      out.pass("4.2.2", "kubelet: %s", s.describe());
    }
  }
}
