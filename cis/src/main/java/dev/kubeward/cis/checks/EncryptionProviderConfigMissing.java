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
    id = "KW-0425",
    summary = "API server stores Secrets in etcd unencrypted",
    severity = Severity.MEDIUM,
    category = Category.SECRETS,
    remediation = "Set --encryption-provider-config to an EncryptionConfiguration that encrypts secrets with aesgcm, secretbox or KMS v2.",
    references = {"cis:1.2.27", "mitre:T1552.007"})
public final class EncryptionProviderConfigMissing extends CisCheck {

  @Override
  public Set<Component> components() {
    return Set.of(Component.API_SERVER);
  }

  @Override
  protected void judge(ComponentConfig c, Inventory inventory, Verdicts out) {
    FlagRules.required(c, out, "1.2.27", "encryption-provider-config",
    "Secrets are written to etcd in clear text, readable from its data files, snapshots and backups");
  }
}
