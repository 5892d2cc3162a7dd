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
    id = "KW-0433",
    summary = "Kubelet serving certificate rotation is turned off",
    severity = Severity.MEDIUM,
    category = Category.NETWORK_EXPOSURE,
    remediation = "Remove RotateKubeletServerCertificate=false from --feature-gates (kubelet: featureGates) so that serving certificates rotate.",
    references = {"cis:1.3.6", "cis:4.2.11"})
public final class KubeletServerCertificateRotationDisabled extends CisCheck {

  @Override
  public Set<Component> components() {
    return Set.of(Component.CONTROLLER_MANAGER, Component.KUBELET);
  }

  @Override
  protected void judge(ComponentConfig c, Inventory inventory, Verdicts out) {
    String control = c.component() == Component.KUBELET ? "4.2.11" : "1.3.6";
    String gate = c.featureGates().get("RotateKubeletServerCertificate");
    if (gate != null && gate.equalsIgnoreCase("false")) {
      var s = c.flags().last("feature-gates").map(o -> o.field()).orElse(java.util.Optional.empty())
          .or(() -> c.config().flatMap(f -> f.at("featureGates.RotateKubeletServerCertificate")));
      out.fail(control, s.or(c::anchor), "the %s sets the feature gate RotateKubeletServerCertificate=false: kubelet serving certificates are not renewed and expire, or are replaced by self-signed ones", who(c));
    } else {
      out.pass(control, "%s leaves RotateKubeletServerCertificate on", who(c));
    }
  }
}
