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
    id = "KW-0453",
    summary = "Kubelet does not limit the processes of a pod",
    severity = Severity.LOW,
    category = Category.RESOURCE_MANAGEMENT,
    remediation = "Set podPidsLimit in the KubeletConfiguration (or --pod-max-pids) to a limit such as 4096.",
    references = {"cis:4.2.13", "mitre:T1499"})
public final class KubeletPodPidsUnlimited extends CisCheck {

  @Override
  public Set<Component> components() {
    return Set.of(Component.KUBELET);
  }

  @Override
  protected void judge(ComponentConfig c, Inventory inventory, Verdicts out) {
    var s = c.kubelet(KubeletSetting.POD_PIDS_LIMIT);
    if (s.unknown()) {
      out.warn("4.2.13", "the kubelet's podPidsLimit is %s", s.describe());
    } else if (s.integer().filter(n -> n > 0).isPresent()) {
      out.pass("4.2.13", "kubelet: %s", s.describe());
    } else {
      out.fail("4.2.13", at(s, c), "the kubelet has %s: a pod can fork until the node runs out of process ids, taking down every other pod and the kubelet itself", s.describe());
    }
  }
}
