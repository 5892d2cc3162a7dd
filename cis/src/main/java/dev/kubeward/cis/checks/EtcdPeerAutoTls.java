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
    id = "KW-0440",
    summary = "Etcd members use self-signed peer certificates",
    severity = Severity.HIGH,
    category = Category.SECRETS,
    remediation = "Remove --peer-auto-tls (or set it to false) and give etcd certificates from its CA.",
    references = {"cis:2.6", "mitre:T1557"})
public final class EtcdPeerAutoTls extends CisCheck {

  @Override
  public Set<Component> components() {
    return Set.of(Component.ETCD);
  }

  @Override
  protected void judge(ComponentConfig c, Inventory inventory, Verdicts out) {
    FlagRules.bool(c, out, "2.6", "peer-auto-tls", false, false, "members cannot verify each other, so a rogue member or an impostor in the middle goes unnoticed");
  }
}
