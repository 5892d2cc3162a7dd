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
    id = "KW-0448",
    summary = "Kubelet does not manage its iptables chains",
    severity = Severity.LOW,
    category = Category.NETWORK_EXPOSURE,
    remediation = "Set makeIPTablesUtilChains: true in the KubeletConfiguration (the default).",
    references = {"cis:4.2.6"})
public final class KubeletIptablesChainsNotManaged extends CisCheck {

  @Override
  public Set<Component> components() {
    return Set.of(Component.KUBELET);
  }

  @Override
  protected void judge(ComponentConfig c, Inventory inventory, Verdicts out) {
    KubeletRules.bool(c, out, "4.2.6", KubeletSetting.MAKE_IPTABLES_UTIL_CHAINS, true,
    "the kubelet's own iptables chains (for dropping marked packets) are left to someone else and drift from what the networking expects");
  }
}
