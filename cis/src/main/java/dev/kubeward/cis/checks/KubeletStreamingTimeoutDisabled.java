package dev.kubeward.cis.checks;

import dev.kubeward.cis.Component;
import dev.kubeward.cis.ComponentConfig;
import dev.kubeward.cis.Inventory;
import dev.kubeward.cis.KubeletSetting;
import dev.kubeward.cis.Setting;
import dev.kubeward.cis.Verdicts;
import dev.kubeward.core.check.Category;
import dev.kubeward.core.check.CheckInfo;
import dev.kubeward.core.check.Severity;
import java.util.Set;

@CheckInfo(
    id = "KW-0447",
    summary = "Kubelet keeps idle exec and port-forward sessions open forever",
    severity = Severity.LOW,
    category = Category.RESOURCE_MANAGEMENT,
    remediation = "Set streamingConnectionIdleTimeout to a duration such as 5m (not 0).",
    references = {"cis:4.2.5", "mitre:T1499"})
public final class KubeletStreamingTimeoutDisabled extends CisCheck {

  @Override
  public Set<Component> components() {
    return Set.of(Component.KUBELET);
  }

  @Override
  protected void judge(ComponentConfig c, Inventory inventory, Verdicts out) {
    var s = c.kubelet(KubeletSetting.STREAMING_CONNECTION_IDLE_TIMEOUT);
    if (s.unknown()) {
      out.warn("4.2.5", "the kubelet's streamingConnectionIdleTimeout is %s", s.describe());
    } else if (s.text().matches("([0.]+(ns|us|µs|ms|s|m|h)?)+") && s.origin() == Setting.Origin.CONFIG_FILE) {
      // The configuration file's defaulting replaces a zero duration with the default.
      out.pass("4.2.5", "kubelet: %s reads as unset and takes the default (4h0m0s)", s.describe());
    } else if (s.text().matches("([0.]+(ns|us|µs|ms|s|m|h)?)+")) {
      out.fail("4.2.5", at(s, c), "the kubelet has %s: idle exec, attach and port-forward sessions never time out, so forgotten sessions stay open and connections pile up", s.describe());
    } else {
      out.pass("4.2.5", "kubelet: %s", s.describe());
    }
  }
}
