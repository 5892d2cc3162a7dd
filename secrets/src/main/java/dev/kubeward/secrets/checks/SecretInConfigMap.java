package dev.kubeward.secrets.checks;

import dev.kubeward.core.check.Category;
import dev.kubeward.core.check.CheckInfo;
import dev.kubeward.core.check.Findings;
import dev.kubeward.core.check.ResourceCheck;
import dev.kubeward.core.check.Severity;
import dev.kubeward.core.model.Field;
import dev.kubeward.core.model.Resource;
import dev.kubeward.secrets.Base64Text;
import java.util.Set;

/**
 * A credential in a ConfigMap: a key named like a secret with a strong value, or a config file in
 * {@code data} (or text in {@code binaryData}, decoded) that holds one. ConfigMaps are readable by
 * far more subjects than Secrets and are never encrypted at rest.
 */
@CheckInfo(
    id = "KW-0501",
    summary = "ConfigMap holds a secret in plain text",
    severity = Severity.HIGH,
    category = Category.SECRETS,
    remediation = "Move the secret into a Secret (kept out of the repository with SealedSecrets, SOPS or External Secrets) and mount or reference it from there; rotate the exposed credential.",
    references = {"nsa:network/secrets", "mitre:T1552.001", "mitre:T1552.007"})
public final class SecretInConfigMap implements ResourceCheck {

  @Override
  public Set<String> kinds() {
    return Set.of("ConfigMap");
  }

  @Override
  public void check(Resource resource, Findings findings) {
    if (GoodPractice.sopsEncrypted(resource.root())) {
      return;
    }
    for (Field.Entry e : resource.root().get("data").map(Field::entries).orElse(java.util.List.of())) {
      e.value().text().ifPresent(text -> Found.report(findings, e.value(), () -> "key " + e.key(), e.key(), text));
    }
    for (Field.Entry e : resource.root().get("binaryData").map(Field::entries).orElse(java.util.List.of())) {
      e.value().text().flatMap(Base64Text::decodeText).ifPresent(
          text -> Found.report(findings, e.value(), () -> "binaryData key " + e.key() + " (decoded)", e.key(), text));
    }
  }
}
