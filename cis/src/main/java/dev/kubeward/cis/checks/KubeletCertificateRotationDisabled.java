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
    id = "KW-0452",
    summary = "Kubelet does not renew its client certificate",
    severity = Severity.MEDIUM,
    category = Category.IDENTITY,
    remediation = "Set rotateCertificates: true in the KubeletConfiguration (or --rotate-certificates).",
    references = {"cis:4.2.10"})
public final class KubeletCertificateRotationDisabled extends CisCheck {

  @Override
  public Set<Component> components() {
    return Set.of(Component.KUBELET);
  }

  @Override
  protected void judge(ComponentConfig c, Inventory inventory, Verdicts out) {
    KubeletRules.bool(c, out, "4.2.10", KubeletSetting.ROTATE_CERTIFICATES, true,
    "its client certificate is not renewed, so the node drops out of the cluster when it expires, and a long-lived certificate stays useful to whoever copies it");
  }
}
