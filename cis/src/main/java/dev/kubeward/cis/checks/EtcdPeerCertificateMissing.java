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
    id = "KW-0438",
    summary = "Etcd members replicate without TLS",
    severity = Severity.HIGH,
    category = Category.SECRETS,
    remediation = "Set --peer-cert-file and --peer-key-file on etcd.",
    references = {"cis:2.4", "mitre:T1040"})
public final class EtcdPeerCertificateMissing extends CisCheck {

  @Override
  public Set<Component> components() {
    return Set.of(Component.ETCD);
  }

  @Override
  protected void judge(ComponentConfig c, Inventory inventory, Verdicts out) {
    FlagRules.pair(c, out, "2.4", "peer-cert-file", "peer-key-file", "members replicate the whole database in clear text and cannot authenticate each other, so a rogue member can join and receive it");
  }
}
