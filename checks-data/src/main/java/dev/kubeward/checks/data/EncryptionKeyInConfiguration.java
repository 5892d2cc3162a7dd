package dev.kubeward.checks.data;

import dev.kubeward.core.check.Category;
import dev.kubeward.core.check.CheckInfo;
import dev.kubeward.core.check.Findings;
import dev.kubeward.core.check.Severity;

/**
 * The aescbc, aesgcm and secretbox providers keep their keys in the file itself. A file that
 * kubeward scans sits in a repository or an artefact: whoever reads it can decrypt etcd and its
 * backups. Every key counts, not only the writer's: older keys still decrypt older data. A value
 * that is not base64 (a placeholder such as {@code <BASE 64 ENCODED SECRET>} or {@code ${KEY}}) is
 * no key, nor is a value of a length no provider accepts (the invalid-configuration rule reports
 * that). The key is never printed, only its name and length.
 */
@CheckInfo(
    id = "KW-0554",
    summary = "Encryption key committed in plain text in the encryption configuration",
    severity = Severity.HIGH,
    category = Category.DATA_PROTECTION,
    remediation = "Rotate the key, remove the file from the repository and its history, and move to a kms v2 provider so that no key is kept in the file.",
    references = {"nsa:network/secrets", "mitre:T1552.001", "k8s:docs/tasks/administer-cluster/encrypt-data/"})
public final class EncryptionKeyInConfiguration extends EncryptionCheck {

  @Override
  void check(EncryptionConfig config, Findings findings) {
    for (EncryptionConfig.Key key : config.keys()) {
      key.length().filter(n -> n == 16 || n == 24 || n == 32).ifPresent(n -> findings.at(key.secret().orElseThrow()).report(
          "%s key %s of %s is in the file in plain text (%d bytes, value redacted): anyone who reads this file can decrypt what it protects",
          key.type(), key.name(), key.entry().label(), n));
    }
  }
}
