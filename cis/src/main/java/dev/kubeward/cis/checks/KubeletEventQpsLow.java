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
    id = "KW-0450",
    summary = "Kubelet drops events above a very low rate",
    severity = Severity.LOW,
    category = Category.API_LIFECYCLE,
    remediation = "Set eventRecordQPS to 0 (no limit) or a rate that keeps the events you need, at least the check's minimum.",
    references = {"cis:4.2.8", "mitre:T1562"})
public final class KubeletEventQpsLow extends CisCheck {

  @Override
  public Set<Component> components() {
    return Set.of(Component.KUBELET);
  }

  @Override
  protected void judge(ComponentConfig c, Inventory inventory, Verdicts out) {
    var s = c.kubelet(KubeletSetting.EVENT_QPS);
    long minimum = out.options().string("minimum").flatMap(dev.kubeward.cis.flags.Comparison::decimal).orElse(5L);
    if (s.unknown()) {
      out.warn("4.2.8", "the kubelet's eventRecordQPS is %s", s.describe());
      return;
    }
    var qps = s.integer();
    if (qps.isPresent() && (qps.get() == 0 || qps.get() >= minimum)) {
      out.pass("4.2.8", "kubelet: %s", s.describe());
    } else {
      out.fail("4.2.8", at(s, c), "the kubelet has %s (below %d events a second, and not 0 for no limit): events past the limit are dropped, and with them the record of what happened on the node", s.describe(), minimum);
    }
  }
}
