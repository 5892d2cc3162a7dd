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
    id = "KW-0429",
    summary = "Controller manager keeps up to 12,500 terminated pods",
    severity = Severity.LOW,
    category = Category.RESOURCE_MANAGEMENT,
    remediation = "Set --terminated-pod-gc-threshold to a number of terminated pods the cluster can keep, e.g. 1000.",
    references = {"cis:1.3.1", "mitre:T1499"})
public final class TerminatedPodGcThresholdUnset extends CisCheck {

  @Override
  public Set<Component> components() {
    return Set.of(Component.CONTROLLER_MANAGER);
  }

  @Override
  protected void judge(ComponentConfig c, Inventory inventory, Verdicts out) {
    FlagRules.required(c, out, "1.3.1", "terminated-pod-gc-threshold",
    "terminated pods are only collected past the default of 12500, so finished Jobs and evicted pods pile up in etcd and slow every list");
  }
}
