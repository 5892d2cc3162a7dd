package dev.kubeward.checks.data;

import dev.kubeward.core.check.Category;
import dev.kubeward.core.check.CheckInfo;
import dev.kubeward.core.check.Findings;
import dev.kubeward.core.check.Severity;
import dev.kubeward.core.model.Field;

/**
 * A kms provider without {@code apiVersion} defaults to v1. KMS v1 is deprecated since Kubernetes
 * 1.28 and disabled by default since 1.29 (the {@code KMSv1} feature gate): an API server of 1.29
 * or later refuses to start with it unless the gate is turned back on.
 */
@CheckInfo(
    id = "KW-0555",
    summary = "Encryption configuration uses the deprecated KMS v1 provider",
    severity = Severity.MEDIUM,
    category = Category.DATA_PROTECTION,
    remediation = "Set apiVersion: v2 on the kms provider (with a KMS v2 plugin) and drop cachesize, which v2 does not accept.",
    references = {"cis:1.2.28", "k8s:docs/tasks/administer-cluster/kms-provider/"})
public final class KmsV1EncryptionProvider extends EncryptionCheck {

  @Override
  void check(EncryptionConfig config, Findings findings) {
    for (EncryptionConfig.Entry e : config.entries()) {
      for (EncryptionConfig.Provider p : e.providers()) {
        if (!p.is("kms") || p.body().isEmpty()) {
          continue;
        }
        Field kms = p.body().get();
        var version = kms.get("apiVersion");
        String name = Fields.text(kms, "name").orElse("(unnamed)");
        if (version.isEmpty()) {
          findings.at(kms).report("kms provider %s of %s has no apiVersion, so it is KMS v1: deprecated since 1.28, off by default since 1.29",
              name, e.label());
        } else if (version.get().text().filter("v1"::equals).isPresent()) {
          findings.at(version.get()).report("kms provider %s of %s uses KMS v1: deprecated since 1.28, off by default since 1.29",
              name, e.label());
        }
      }
    }
  }
}
