package dev.kubeward.cis.checks;

import dev.kubeward.cis.ComponentConfig;
import dev.kubeward.cis.Setting;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The admission plugins an API server runs: the plugins on by default (Kubernetes 1.28 to 1.34),
 * plus {@code --enable-admission-plugins}, minus {@code --disable-admission-plugins}; the
 * deprecated {@code --admission-control} names the whole list instead. Names compare exactly, as
 * the API server matches them.
 */
record AdmissionPlugins(Set<String> enabled, Setting enable, Setting disable, Optional<Setting> legacy) {

  static final List<String> DEFAULTS = List.of(
      "CertificateApproval", "CertificateSigning", "CertificateSubjectRestriction", "DefaultIngressClass",
      "DefaultStorageClass", "DefaultTolerationSeconds", "LimitRanger", "MutatingAdmissionWebhook",
      "NamespaceLifecycle", "PersistentVolumeClaimResize", "PodSecurity", "Priority", "ResourceQuota",
      "RuntimeClass", "ServiceAccount", "StorageObjectInUseProtection", "TaintNodesByCondition",
      "ValidatingAdmissionPolicy", "ValidatingAdmissionWebhook");

  static AdmissionPlugins of(ComponentConfig c) {
    Setting enable = c.flag("enable-admission-plugins");
    Setting disable = c.flag("disable-admission-plugins");
    Setting legacy = c.flag("admission-control");
    Set<String> on = new LinkedHashSet<>();
    if (legacy.explicit()) {
      on.addAll(legacy.items());
    } else {
      on.addAll(DEFAULTS);
      on.addAll(enable.items());
    }
    disable.items().forEach(on::remove);
    return new AdmissionPlugins(Set.copyOf(on), enable, disable, legacy.explicit() ? Optional.of(legacy) : Optional.empty());
  }

  boolean on(String plugin) {
    return enabled.contains(plugin);
  }

  /** The setting that decides whether a plugin off by default is on: where to point when it is not. */
  Setting enabling() {
    return legacy.orElse(enable);
  }
}
