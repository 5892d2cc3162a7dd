package dev.kubeward.cis.checks;

import dev.kubeward.cis.Component;
import dev.kubeward.cis.ComponentConfig;
import dev.kubeward.cis.Inventory;
import dev.kubeward.cis.KubeletSetting;
import dev.kubeward.cis.Verdicts;
import dev.kubeward.core.check.Category;
import dev.kubeward.core.check.CheckInfo;
import dev.kubeward.core.check.Severity;
import java.util.List;
import java.util.Set;

@CheckInfo(
    id = "KW-0428",
    summary = "Component accepts TLS 1.0 or 1.1",
    severity = Severity.MEDIUM,
    category = Category.NETWORK_EXPOSURE,
    remediation = "Set --tls-min-version=VersionTLS12 (etcd: --tls-min-version=TLS1.2) or remove it to keep the default of TLS 1.2.",
    references = {"mitre:T1557"})
public final class TlsMinVersionTooLow extends CisCheck {

  @Override
  public Set<Component> components() {
    return Set.of(Component.API_SERVER, Component.CONTROLLER_MANAGER, Component.SCHEDULER, Component.KUBELET, Component.ETCD);
  }

  @Override
  protected void judge(ComponentConfig c, Inventory inventory, Verdicts out) {
    var s = c.component() == Component.KUBELET ? c.kubelet(KubeletSetting.TLS_MIN_VERSION) : c.flag("tls-min-version");
    if (s.explicit() && OLD.contains(s.text())) {
      out.fail(ID, at(s, c), "the %s accepts %s: TLS 1.0 and 1.1 are deprecated (RFC 8996) and open to downgrade attacks", who(c), s.describe());
    } else {
      out.pass(ID, "%s requires TLS 1.2 or later (%s)", who(c), s.explicit() ? s.describe() : "the Go runtime's default");
    }
  }

  private static final String ID = "KW-0428";

  private static final List<String> OLD = List.of("VersionTLS10", "VersionTLS11", "TLS1.0", "TLS1.1");
}
