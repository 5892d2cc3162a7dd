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
    id = "KW-0401",
    summary = "API server authenticates static tokens from a file",
    severity = Severity.HIGH,
    category = Category.IDENTITY,
    remediation = "Remove --token-auth-file and authenticate users with client certificates, OIDC or a webhook.",
    references = {"cis:1.2.2", "mitre:T1552.001"})
public final class ApiServerTokenAuthFile extends CisCheck {

  @Override
  public Set<Component> components() {
    return Set.of(Component.API_SERVER);
  }

  @Override
  protected void judge(ComponentConfig c, Inventory inventory, Verdicts out) {
    var s = c.flag("token-auth-file");
    if (s.explicit()) {
      out.fail("1.2.2", at(s, c), "the %s reads static bearer tokens from %s: they never expire, cannot be revoked without a restart, and sit in clear text on the node", who(c), s.text());
    } else {
      out.pass("1.2.2", "%s reads no static token file", who(c));
    }
  }
}
