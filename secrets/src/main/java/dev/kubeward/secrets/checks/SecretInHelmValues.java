package dev.kubeward.secrets.checks;

import dev.kubeward.core.check.Category;
import dev.kubeward.core.check.CheckInfo;
import dev.kubeward.core.check.Findings;
import dev.kubeward.core.check.ResourceCheck;
import dev.kubeward.core.check.Severity;
import dev.kubeward.core.model.ManifestReader;
import dev.kubeward.core.model.Resource;
import java.util.Set;

/**
 * A credential in a Helm values file ({@code values*.yaml} among the scanned files): every string
 * of the document, with its key as its name. Values files are committed and shared, and what
 * they hold lands in rendered manifests and in Helm's release records.
 */
@CheckInfo(
    id = "KW-0503",
    summary = "Helm values file holds a secret in plain text",
    severity = Severity.HIGH,
    category = Category.SECRETS,
    remediation = "Keep secrets out of values files: point the chart at an existing Secret (existingSecret), encrypt the file with SOPS (helm-secrets), or fetch the secret with External Secrets; rotate the exposed credential.",
    references = {"nsa:network/secrets", "mitre:T1552.001"})
public final class SecretInHelmValues implements ResourceCheck {

  @Override
  public Set<String> kinds() {
    return Set.of(ManifestReader.HELM_VALUES);
  }

  @Override
  public void check(Resource resource, Findings findings) {
    if (GoodPractice.sopsEncrypted(resource.root())) {
      return;
    }
    Strings.walk(resource.root(), "", f -> false,
        (field, name, text) -> Found.report(findings, field, () -> field.path().toString(), name, text));
  }
}
