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
    id = "KW-0435",
    summary = "Etcd serves clients without TLS",
    severity = Severity.HIGH,
    category = Category.SECRETS,
    remediation = "Set --cert-file and --key-file on etcd.",
    references = {"cis:2.1", "mitre:T1040"})
public final class EtcdServingCertificateMissing extends CisCheck {

  @Override
  public Set<Component> components() {
    return Set.of(Component.ETCD);
  }

  @Override
  protected void judge(ComponentConfig c, Inventory inventory, Verdicts out) {
    FlagRules.pair(c, out, "2.1", "cert-file", "key-file", "clients talk to it in clear text, so the cluster state and every Secret cross the network readable, and it cannot verify client certificates");
  }
}
