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
    id = "KW-0439",
    summary = "Etcd accepts peers without a certificate",
    severity = Severity.HIGH,
    category = Category.SECRETS,
    remediation = "Set --peer-client-cert-auth=true on etcd.",
    references = {"cis:2.5", "mitre:T1552.007"})
public final class EtcdPeerClientCertAuthDisabled extends CisCheck {

  @Override
  public Set<Component> components() {
    return Set.of(Component.ETCD);
  }

  @Override
  protected void judge(ComponentConfig c, Inventory inventory, Verdicts out) {
    FlagRules.bool(c, out, "2.5", "peer-client-cert-auth", false, true, "any host that reaches the peer port can take part in replication and receive the whole database");
  }
}
