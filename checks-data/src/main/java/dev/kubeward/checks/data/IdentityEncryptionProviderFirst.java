package dev.kubeward.checks.data;

import dev.kubeward.core.check.Category;
import dev.kubeward.core.check.CheckInfo;
import dev.kubeward.core.check.Findings;
import dev.kubeward.core.check.Severity;

/**
 * The first provider of an entry writes; {@code identity} there stores the entry's resources as
 * plain text, whatever providers follow (they only decrypt). An entry whose only provider is
 * {@code identity} and which does not hold Secrets is upstream's documented way to exempt a
 * resource (Events, say) from a later wildcard, and is left alone.
 */
@CheckInfo(
    id = "KW-0550",
    summary = "Encryption configuration writes resources unencrypted (identity first)",
    severity = Severity.HIGH,
    category = Category.DATA_PROTECTION,
    remediation = "Put an encrypting provider (kms with apiVersion v2, or secretbox) first and keep identity only after it, to read data written before encryption.",
    references = {"cis:1.2.28", "nsa:network/secrets", "mitre:T1552", "k8s:docs/tasks/administer-cluster/encrypt-data/"})
public final class IdentityEncryptionProviderFirst extends EncryptionCheck {

  @Override
  void check(EncryptionConfig config, Findings findings) {
    for (EncryptionConfig.Entry e : config.entries()) {
      var writer = e.writer().filter(p -> p.is("identity"));
      if (writer.isEmpty() || (e.providers().size() == 1 && !e.namesSecrets())) {
        continue;
      }
      String covered = String.join(", ", e.resourceNames());
      String rest = e.providers().size() > 1 ? "; the providers after it only decrypt what was written before" : "";
      findings.at(writer.get().field()).report("%s writes %s to etcd unencrypted: identity is its first provider%s",
          e.label(), covered.isEmpty() ? "its resources" : covered, rest);
    }
  }
}
