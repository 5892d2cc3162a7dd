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
    id = "KW-0424",
    summary = "API server does not verify etcd's certificate",
    severity = Severity.HIGH,
    category = Category.SECRETS,
    remediation = "Set --etcd-cafile to the CA that signs etcd's serving certificate.",
    references = {"cis:1.2.26", "mitre:T1557"})
public final class EtcdCaMissing extends CisCheck {

  @Override
  public Set<Component> components() {
    return Set.of(Component.API_SERVER);
  }

  @Override
  protected void judge(ComponentConfig c, Inventory inventory, Verdicts out) {
    FlagRules.required(c, out, "1.2.26", "etcd-cafile",
    "the API server cannot verify it talks to the real etcd, so an impostor receives every write, Secrets included, and serves forged reads");
  }
}
