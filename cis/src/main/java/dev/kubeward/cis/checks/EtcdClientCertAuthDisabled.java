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
    id = "KW-0436",
    summary = "Etcd accepts clients without a certificate",
    severity = Severity.CRITICAL,
    category = Category.SECRETS,
    remediation = "Set --client-cert-auth=true on etcd.",
    references = {"cis:2.2", "mitre:T1552.007"})
public final class EtcdClientCertAuthDisabled extends CisCheck {

  @Override
  public Set<Component> components() {
    return Set.of(Component.ETCD);
  }

  @Override
  protected void judge(ComponentConfig c, Inventory inventory, Verdicts out) {
    FlagRules.bool(c, out, "2.2", "client-cert-auth", false, true, "anyone who reaches its client port reads and writes the whole cluster state, Secrets and RBAC included");
  }
}
