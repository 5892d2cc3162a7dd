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
    id = "KW-0445",
    summary = "Kubelet does not authenticate client certificates",
    severity = Severity.HIGH,
    category = Category.IDENTITY,
    remediation = "Set authentication.x509.clientCAFile in the KubeletConfiguration (or --client-ca-file) to the cluster CA.",
    references = {"cis:4.2.3", "mitre:T1557"})
public final class KubeletClientCaMissing extends CisCheck {

  @Override
  public Set<Component> components() {
    return Set.of(Component.KUBELET);
  }

  @Override
  protected void judge(ComponentConfig c, Inventory inventory, Verdicts out) {
    var s = c.kubelet(KubeletSetting.CLIENT_CA_FILE);
    if (s.unknown()) {
      out.warn("4.2.3", "the kubelet's client CA is %s", s.describe());
    } else if (s.explicit() && !s.text().isBlank()) {
      out.pass("4.2.3", "kubelet: %s", s.describe());
    } else {
      out.fail("4.2.3", at(s, c), "the kubelet has no client CA: it cannot authenticate the API server's client certificate, so it must accept anonymous callers or refuse the API server");
    }
  }
}
