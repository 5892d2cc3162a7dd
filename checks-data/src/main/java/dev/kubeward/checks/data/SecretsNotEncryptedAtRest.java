package dev.kubeward.checks.data;

import dev.kubeward.core.check.Category;
import dev.kubeward.core.check.CheckInfo;
import dev.kubeward.core.check.Findings;
import dev.kubeward.core.check.Severity;

/**
 * kube-apiserver stores every resource that no entry covers as plain text. Secrets are covered by
 * an entry naming {@code secrets}, {@code *.} (the core group) or {@code *.*}; when the covering
 * entry starts with identity, {@link IdentityEncryptionProviderFirst} reports it instead.
 */
@CheckInfo(
    id = "KW-0551",
    summary = "Encryption configuration leaves Secrets unencrypted",
    severity = Severity.HIGH,
    category = Category.DATA_PROTECTION,
    remediation = "Add an entry for secrets (or *. or *.*) whose first provider encrypts, such as kms with apiVersion v2.",
    references = {"cis:1.2.28", "nsa:network/secrets", "mitre:T1552", "k8s:docs/tasks/administer-cluster/encrypt-data/"})
public final class SecretsNotEncryptedAtRest extends EncryptionCheck {

  @Override
  void check(EncryptionConfig config, Findings findings) {
    if (config.writerOf(EncryptionConfig.SECRETS).isEmpty()) {
      var root = config.resource().root();
      findings.at(root.get("resources").orElse(root)).report(
          "no entry covers secrets (neither secrets, *. nor *.*): Secrets are stored in etcd as plain text");
    }
  }
}
