package dev.kubeward.checks.data;

import dev.kubeward.core.check.Category;
import dev.kubeward.core.check.CheckInfo;
import dev.kubeward.core.check.Findings;
import dev.kubeward.core.check.Severity;

/**
 * Upstream rates aescbc weak: CBC is open to padding-oracle attacks. Only the writing (first)
 * provider is reported; an aescbc provider after it only reads data written before a migration.
 */
@CheckInfo(
    id = "KW-0552",
    summary = "Encryption configuration writes with the weak aescbc provider",
    severity = Severity.MEDIUM,
    category = Category.DATA_PROTECTION,
    remediation = "Write with kms (apiVersion v2) or secretbox, keep aescbc after it until every object has been rewritten, then remove it.",
    references = {"cis:1.2.28", "nsa:network/secrets", "mitre:T1552", "k8s:docs/tasks/administer-cluster/encrypt-data/"})
public final class WeakEncryptionProvider extends EncryptionCheck {

  @Override
  void check(EncryptionConfig config, Findings findings) {
    for (EncryptionConfig.Entry e : config.entries()) {
      e.writer().filter(p -> p.is("aescbc")).ifPresent(p -> findings.at(p.field()).report(
          "%s (%s) is written with aescbc, which upstream rates weak (CBC padding oracle); prefer kms v2 or secretbox",
          e.label(), String.join(", ", e.resourceNames())));
    }
  }
}
