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
    id = "KW-0443",
    summary = "Kubelet accepts anonymous requests",
    severity = Severity.CRITICAL,
    category = Category.IDENTITY,
    remediation = "Set authentication.anonymous.enabled: false in the KubeletConfiguration (or --anonymous-auth=false).",
    references = {"cis:4.2.1", "mitre:T1609"})
public final class KubeletAnonymousAuth extends CisCheck {

  @Override
  public Set<Component> components() {
    return Set.of(Component.KUBELET);
  }

  @Override
  protected void judge(ComponentConfig c, Inventory inventory, Verdicts out) {
    KubeletRules.bool(c, out, "4.2.1", KubeletSetting.ANONYMOUS_AUTH, false,
    "requests without credentials reach the kubelet API as system:anonymous; with AlwaysAllow authorization that is exec in every pod of the node");
  }
}
