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
    id = "KW-0451",
    summary = "Kubelet serves a self-signed certificate",
    severity = Severity.MEDIUM,
    category = Category.NETWORK_EXPOSURE,
    remediation = "Set serverTLSBootstrap: true (certificates from the cluster CA) or tlsCertFile and tlsPrivateKeyFile.",
    references = {"cis:4.2.9", "mitre:T1557"})
public final class KubeletServingCertificateMissing extends CisCheck {

  @Override
  public Set<Component> components() {
    return Set.of(Component.KUBELET);
  }

  @Override
  protected void judge(ComponentConfig c, Inventory inventory, Verdicts out) {
    var cert = c.kubelet(KubeletSetting.TLS_CERT_FILE);
    var key = c.kubelet(KubeletSetting.TLS_PRIVATE_KEY_FILE);
    var bootstrap = c.kubelet(KubeletSetting.SERVER_TLS_BOOTSTRAP);
    if (cert.unknown()) {
      out.warn("4.2.9", "the kubelet's serving certificate is %s", cert.describe());
    } else if (cert.explicit() && key.explicit()) {
      out.pass("4.2.9", "kubelet serves %s", cert.text());
    } else if (bootstrap.bool().orElse(false)) {
      out.pass("4.2.9", "kubelet requests its serving certificate from the cluster (serverTLSBootstrap)");
    } else {
      out.fail("4.2.9", at(cert.explicit() ? key : cert, c), "the kubelet has neither tlsCertFile and tlsPrivateKeyFile nor serverTLSBootstrap: it serves a self-signed certificate that the API server cannot verify");
    }
  }
}
