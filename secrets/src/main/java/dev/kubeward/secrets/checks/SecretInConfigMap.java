package dev.kubeward.secrets.checks;

import dev.kubeward.core.check.Category;
import dev.kubeward.core.check.CheckInfo;
import dev.kubeward.core.check.Findings;
import dev.kubeward.core.check.ResourceCheck;
import dev.kubeward.core.check.Severity;
import dev.kubeward.core.model.Field;
import dev.kubeward.core.model.Resource;
import dev.kubeward.core.yaml.MapNode;
import dev.kubeward.secrets.Base64Text;
import dev.kubeward.secrets.Detection;
import java.util.List;
import java.util.Optional;
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
    scan(resource.root().get("data"), "key ", false, findings);
    scan(resource.root().get("binaryData"), "binaryData key ", true, findings);
  }

  /** Each string of a map, {@code binaryData}'s decoded when it is text, scanned under its key. */
  private static void scan(Optional<Field> map, String what, boolean base64, Findings findings) {
    if (map.isEmpty()) {
      return;
    }
    MapNode entries = Nodes.mapping(map.get().node());
    for (int i = 0; i < entries.size(); i++) {
      String key = entries.name(i);
      String text = Nodes.text(entries.value(i));
      if (text != null && base64) {
        text = Base64Text.decodeText(text).orElse(null);
      }
      if (text == null) {
        continue;
      }
      List<Detection> found = Found.detector().scan(key, text);
      if (!found.isEmpty()) {
        Found.report(findings, map.get().entries().get(i).value(), what + key + (base64 ? " (decoded)" : ""), found, text);
      }
    }
  }
}
