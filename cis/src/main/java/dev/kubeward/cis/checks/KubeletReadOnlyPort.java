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
    id = "KW-0446",
    summary = "Kubelet serves its read-only port",
    severity = Severity.HIGH,
    category = Category.NETWORK_EXPOSURE,
    remediation = "Set readOnlyPort: 0 in the KubeletConfiguration (or --read-only-port=0).",
    references = {"cis:4.2.4", "mitre:T1613"})
public final class KubeletReadOnlyPort extends CisCheck {

  @Override
  public Set<Component> components() {
    return Set.of(Component.KUBELET);
  }

  @Override
  protected void judge(ComponentConfig c, Inventory inventory, Verdicts out) {
    var s = c.kubelet(KubeletSetting.READ_ONLY_PORT);
    if (s.unknown()) {
      out.warn("4.2.4", "the kubelet's readOnlyPort is %s", s.describe());
    } else if (s.integer().filter(p -> p == 0).isPresent()) {
      out.pass("4.2.4", "kubelet: %s", s.describe());
    } else {
      out.fail("4.2.4", at(s, c), "the kubelet has %s: that port serves pod specs (with their environment), node stats and metrics to anyone, without authentication", s.describe());
    }
  }
}
