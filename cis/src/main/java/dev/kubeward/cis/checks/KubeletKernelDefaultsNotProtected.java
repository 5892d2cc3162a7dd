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
    id = "KW-0454",
    summary = "Kubelet may change the node's kernel settings",
    severity = Severity.LOW,
    category = Category.HOST_ISOLATION,
    remediation = "Set protectKernelDefaults: true in the KubeletConfiguration once the node's sysctls match what the kubelet expects.",
    references = {"mitre:T1611"})
public final class KubeletKernelDefaultsNotProtected extends CisCheck {

  @Override
  public Set<Component> components() {
    return Set.of(Component.KUBELET);
  }

  @Override
  protected void judge(ComponentConfig c, Inventory inventory, Verdicts out) {
    KubeletRules.bool(c, out, "KW-0454", KubeletSetting.PROTECT_KERNEL_DEFAULTS, true,
    "the kubelet silently rewrites kernel tunables it disagrees with instead of refusing to start, so the node's hardening of them is undone");
  }
}
