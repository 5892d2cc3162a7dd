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
    id = "KW-0437",
    summary = "Etcd serves clients with a self-signed certificate",
    severity = Severity.HIGH,
    category = Category.SECRETS,
    remediation = "Remove --auto-tls (or set it to false) and give etcd certificates from its CA.",
    references = {"cis:2.3", "mitre:T1557"})
public final class EtcdAutoTls extends CisCheck {

  @Override
  public Set<Component> components() {
    return Set.of(Component.ETCD);
  }

  @Override
  protected void judge(ComponentConfig c, Inventory inventory, Verdicts out) {
    FlagRules.bool(c, out, "2.3", "auto-tls", false, false, "clients cannot verify it, so they skip verification and an impostor can stand in for etcd");
  }
}
