package dev.kubeward.secrets.checks;

import dev.kubeward.core.model.Field;
import dev.kubeward.core.model.Resource;
import java.util.Set;

/**
 * Ways of handling secrets that keep them out of manifests, recognised so that they give no
 * finding: SOPS-encrypted files, SealedSecrets, External Secrets, the Secrets Store CSI driver's
 * SecretProviderClass, Vault's operator resources, and Vault agent injection annotations.
 */
final class GoodPractice {

  private GoodPractice() {}

  /** Kinds whose content points into a secret store or is ciphertext: no secret in plain text there by design. */
  private static final Set<String> SECRET_STORE_KINDS = Set.of(
      "bitnami.com/SealedSecret",
      "external-secrets.io/ExternalSecret", "external-secrets.io/ClusterExternalSecret",
      "external-secrets.io/PushSecret", "external-secrets.io/SecretStore", "external-secrets.io/ClusterSecretStore",
      "generators.external-secrets.io/Password",
      "secrets-store.csi.x-k8s.io/SecretProviderClass",
      "secrets.hashicorp.com/VaultStaticSecret", "secrets.hashicorp.com/VaultDynamicSecret",
      "secrets.hashicorp.com/VaultPKISecret", "secrets.hashicorp.com/HCPVaultSecretsApp",
      "onepassword.com/OnePasswordItem");

  /** Whether the resource is one of the secret-store kinds (SealedSecret, ExternalSecret, SecretProviderClass, ...). */
  static boolean secretStoreKind(Resource r) {
    return SECRET_STORE_KINDS.contains(r.group() + "/" + r.kind());
  }

  /**
   * Whether the document is SOPS-encrypted: SOPS adds a top-level {@code sops} mapping with its
   * metadata (mac, version, keys) and leaves only {@code ENC[...]} values behind.
   */
  static boolean sopsEncrypted(Field root) {
    return root.get("sops").filter(Field::isMap)
        .filter(s -> s.get("mac").isPresent() || s.get("version").isPresent() || s.get("lastmodified").isPresent())
        .isPresent();
  }

  /** Vault agent injector's annotations hold paths and templates that fetch secrets, not secrets. */
  static boolean vaultAnnotation(String key) {
    return key.startsWith("vault.hashicorp.com/") || key.startsWith("vault.security.banzaicloud.io/");
  }

  /** Whether a SealedSecret's controller made this Secret (its owner), so that it was exported rather than written. */
  static boolean ownedBySealedSecret(Resource r) {
    return r.root().at("metadata", "ownerReferences").map(Field::items).orElse(java.util.List.of()).stream()
        .anyMatch(o -> o.get("kind").flatMap(Field::text).filter("SealedSecret"::equals).isPresent());
  }
}
