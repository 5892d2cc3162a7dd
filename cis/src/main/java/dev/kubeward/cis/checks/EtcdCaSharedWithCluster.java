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
    id = "KW-0441",
    summary = "Etcd trusts the cluster's CA for its clients",
    severity = Severity.MEDIUM,
    category = Category.SECRETS,
    remediation = "Give etcd its own CA (--trusted-ca-file) that signs only the API server's etcd client certificate.",
    references = {"cis:2.7", "mitre:T1552.007"})
public final class EtcdCaSharedWithCluster extends CisCheck {

  @Override
  public Set<Component> components() {
    return Set.of(Component.ETCD);
  }

  @Override
  protected void judge(ComponentConfig c, Inventory inventory, Verdicts out) {
    var trusted = c.flag("trusted-ca-file");
    if (!trusted.explicit() || trusted.text().isBlank()) {
      out.fail("2.7", at(trusted, c), "etcd does not set --trusted-ca-file: it has no CA of its own to verify clients against");
      return;
    }
    for (ComponentConfig api : inventory.of(Component.API_SERVER)) {
      var clientCa = api.flag("client-ca-file");
      if (clientCa.explicit() && sameFile(c, trusted.text(), clientCa.text())) {
        out.fail("2.7", at(trusted, c), "etcd trusts %s, the API server's client CA: every certificate that CA signs (each kubelet's, each administrator's) is also a valid etcd client", trusted.text());
        return;
      }
    }
    out.pass("2.7", "etcd trusts its own CA %s", trusted.text());
  }

  /** The same path, or on a node two files with the same bytes. */
  private static boolean sameFile(ComponentConfig c, String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    return c.node().flatMap(n -> n.read(a).flatMap(x -> n.read(b).map(x::equals))).orElse(false);
  }
}
