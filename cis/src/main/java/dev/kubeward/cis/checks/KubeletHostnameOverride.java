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
    id = "KW-0449",
    summary = "Kubelet registers under an overridden host name",
    severity = Severity.LOW,
    category = Category.IDENTITY,
    remediation = "Remove --hostname-override from the kubelet's command line.",
    references = {"cis:4.2.7", "mitre:T1036"})
public final class KubeletHostnameOverride extends CisCheck {

  @Override
  public Set<Component> components() {
    return Set.of(Component.KUBELET);
  }

  @Override
  protected void judge(ComponentConfig c, Inventory inventory, Verdicts out) {
    if (!c.flagsKnown()) {
      return;
    }
    var s = c.flag("hostname-override");
    if (s.explicit()) {
      out.fail("4.2.7", at(s, c), "the kubelet sets --hostname-override=%s: its node name no longer matches the host name in its serving certificate, which breaks TLS verification of the kubelet", s.text());
    } else {
      out.pass("4.2.7", "the kubelet registers under the host's name");
    }
  }
}
