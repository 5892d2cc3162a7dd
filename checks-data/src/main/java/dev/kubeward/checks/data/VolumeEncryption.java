package dev.kubeward.checks.data;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What each storage provisioner does about encryption at rest, from its driver's documented
 * parameters and code, and how it reads them:
 *
 * <ul>
 *   <li>AWS EBS ({@code ebs.csi.aws.com}, and in-tree {@code kubernetes.io/aws-ebs}, which CSI
 *       migration hands to that driver): unencrypted unless {@code encrypted} is exactly
 *       {@code "true"} or {@code kmsKeyId} is set (the driver then encrypts with that key); without
 *       {@code kmsKeyId} it uses the account's AWS-managed key. Parameter names are read in any case.
 *       An account may turn on EBS encryption by default, which no manifest shows.
 *   <li>Ceph RBD ({@code rbd.csi.ceph.com}): no encryption unless {@code encrypted} parses as true
 *       (Go's {@code strconv.ParseBool}); the setting travels in the volume's attributes, so a
 *       PersistentVolume shows it too. OSD-level encryption of the Ceph cluster is not visible.
 *   <li>Longhorn ({@code driver.longhorn.io}): the same {@code encrypted} parameter and attribute.
 *   <li>GCE PD ({@code pd.csi.storage.gke.io}, {@code kubernetes.io/gce-pd}) and Azure Disk
 *       ({@code disk.csi.azure.com}, {@code kubernetes.io/azure-disk}): always encrypted at rest by
 *       the platform with provider-managed keys; a customer-managed key is
 *       {@code disk-encryption-kms-key} (GCE) or {@code diskEncryptionSetID} (Azure).
 * </ul>
 */
final class VolumeEncryption {

  private VolumeEncryption() {}

  enum Kind {
    /** Encrypts only when asked to. */
    OPT_IN,
    /** Always encrypted by the platform; a customer-managed key is optional. */
    PLATFORM
  }

  record Provisioner(String name, String title, Kind kind, Optional<String> customerKeyParameter) {}

  private static final Map<String, Provisioner> BY_NAME = Map.of(
      "ebs.csi.aws.com", new Provisioner("ebs.csi.aws.com", "AWS EBS", Kind.OPT_IN, Optional.of("kmsKeyId")),
      "kubernetes.io/aws-ebs", new Provisioner("kubernetes.io/aws-ebs", "AWS EBS", Kind.OPT_IN, Optional.of("kmsKeyId")),
      "rbd.csi.ceph.com", new Provisioner("rbd.csi.ceph.com", "Ceph RBD", Kind.OPT_IN, Optional.empty()),
      "driver.longhorn.io", new Provisioner("driver.longhorn.io", "Longhorn", Kind.OPT_IN, Optional.empty()),
      "pd.csi.storage.gke.io", new Provisioner("pd.csi.storage.gke.io", "GCE PD", Kind.PLATFORM, Optional.of("disk-encryption-kms-key")),
      "kubernetes.io/gce-pd", new Provisioner("kubernetes.io/gce-pd", "GCE PD", Kind.PLATFORM, Optional.of("disk-encryption-kms-key")),
      "disk.csi.azure.com", new Provisioner("disk.csi.azure.com", "Azure Disk", Kind.PLATFORM, Optional.of("diskEncryptionSetID")),
      "kubernetes.io/azure-disk", new Provisioner("kubernetes.io/azure-disk", "Azure Disk", Kind.PLATFORM, Optional.of("diskEncryptionSetID")));

  static Optional<Provisioner> of(String provisioner) {
    return Optional.ofNullable(BY_NAME.get(provisioner));
  }

  private static final Set<String> PARSE_BOOL_TRUE = Set.of("1", "t", "T", "TRUE", "true", "True");

  /** Whether the parameters of an opt-in provisioner turn encryption on, as its driver reads them. */
  static boolean encrypted(Provisioner p, Map<String, String> parameters) {
    if (p.title().equals("AWS EBS")) {
      return "true".equals(anyCase(parameters, "encrypted").orElse(null))
          || anyCase(parameters, "kmsKeyId").filter(v -> !v.isEmpty()).isPresent();
    }
    return PARSE_BOOL_TRUE.contains(parameters.getOrDefault("encrypted", ""));
  }

  /** Whether a customer-managed key is named, for the provisioners that take one. */
  static boolean customerKey(Provisioner p, Map<String, String> parameters) {
    return p.customerKeyParameter().flatMap(k -> anyCase(parameters, k)).filter(v -> !v.isBlank()).isPresent();
  }

  /** EBS, GCE PD and Azure Disk read parameter names in any case. */
  static Optional<String> anyCase(Map<String, String> parameters, String key) {
    return parameters.entrySet().stream().filter(e -> e.getKey().toLowerCase(Locale.ROOT).equals(key.toLowerCase(Locale.ROOT)))
        .map(Map.Entry::getValue).findFirst();
  }

  /** The key a parameter is written under, for pointing a finding at it. */
  static Optional<String> keyAnyCase(Map<String, String> parameters, String key) {
    return parameters.keySet().stream().filter(k -> k.equalsIgnoreCase(key)).findFirst();
  }
}
