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
    id = "KW-0431",
    summary = "Controller manager does not sign service account tokens with a dedicated key",
    severity = Severity.MEDIUM,
    category = Category.IDENTITY,
    remediation = "Set --service-account-private-key-file to the key whose public half the API server's --service-account-key-file holds.",
    references = {"cis:1.3.4", "mitre:T1528"})
public final class ServiceAccountPrivateKeyFileMissing extends CisCheck {

  @Override
  public Set<Component> components() {
    return Set.of(Component.CONTROLLER_MANAGER);
  }

  @Override
  protected void judge(ComponentConfig c, Inventory inventory, Verdicts out) {
    FlagRules.required(c, out, "1.3.4", "service-account-private-key-file",
    "the token controller cannot sign legacy service account tokens, and key rotation cannot be coordinated with the API server");
  }
}
