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
    id = "KW-0421",
    summary = "API server connects to etcd without a client certificate",
    severity = Severity.HIGH,
    category = Category.SECRETS,
    remediation = "Set --etcd-certfile and --etcd-keyfile to a client certificate etcd trusts.",
    references = {"cis:1.2.23", "mitre:T1552.007"})
public final class EtcdClientCertificateMissing extends CisCheck {

  @Override
  public Set<Component> components() {
    return Set.of(Component.API_SERVER);
  }

  @Override
  protected void judge(ComponentConfig c, Inventory inventory, Verdicts out) {
    FlagRules.pair(c, out, "1.2.23", "etcd-certfile", "etcd-keyfile",
    "etcd cannot require client certificates, so anyone who reaches it reads and writes the whole cluster state, Secrets included");
  }
}
