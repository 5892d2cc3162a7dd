package dev.kubeward.checks.data;

import dev.kubeward.core.check.Category;
import dev.kubeward.core.check.CheckInfo;
import dev.kubeward.core.check.Findings;
import dev.kubeward.core.check.Severity;

/**
 * aesgcm uses random nonces: upstream requires its key to be rotated every 200,000 writes and
 * recommends it only with automated rotation. The file cannot show whether rotation is automated,
 * so this is low and can be disabled where it is.
 */
@CheckInfo(
    id = "KW-0553",
    summary = "Encryption configuration writes with aesgcm, whose key needs frequent rotation",
    severity = Severity.LOW,
    category = Category.DATA_PROTECTION,
    remediation = "Write with kms (apiVersion v2), or rotate the aesgcm key automatically before 200,000 writes.",
    references = {"cis:1.2.28", "nsa:network/secrets", "k8s:docs/tasks/administer-cluster/encrypt-data/"})
public final class AesgcmWithoutKeyRotation extends EncryptionCheck {

  @Override
  void check(EncryptionConfig config, Findings findings) {
    for (EncryptionConfig.Entry e : config.entries()) {
      e.writer().filter(p -> p.is("aesgcm")).ifPresent(p -> findings.at(p.field()).report(
          "%s (%s) is written with aesgcm: its key must be rotated before 200,000 writes, which only automated rotation ensures",
          e.label(), String.join(", ", e.resourceNames())));
    }
  }
}
