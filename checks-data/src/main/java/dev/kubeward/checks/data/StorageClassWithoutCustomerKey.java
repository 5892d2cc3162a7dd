package dev.kubeward.checks.data;

import dev.kubeward.core.check.Category;
import dev.kubeward.core.check.CheckInfo;
import dev.kubeward.core.check.Findings;
import dev.kubeward.core.check.ResourceCheck;
import dev.kubeward.core.check.Severity;
import dev.kubeward.core.model.Field;
import dev.kubeward.core.model.Resource;
import java.util.Map;
import java.util.Set;

/**
 * Volumes that are encrypted, but with a key the cloud provider manages: GCE PD and Azure Disk
 * always, EBS when {@code encrypted} is on without {@code kmsKeyId}. Their data is encrypted at
 * rest, so this is information for teams whose policy asks for customer-managed keys (key
 * revocation, separation of duties); it is not a weakness by itself.
 */
@CheckInfo(
    id = "KW-0559",
    summary = "StorageClass encrypts with a provider-managed key, not a customer-managed one",
    severity = Severity.INFO,
    category = Category.DATA_PROTECTION,
    remediation = "Where policy requires customer-managed keys, name one: kmsKeyId (EBS), disk-encryption-kms-key (GCE PD) or diskEncryptionSetID (Azure Disk).",
    references = {"k8s:docs/concepts/storage/storage-classes/"})
public final class StorageClassWithoutCustomerKey implements ResourceCheck {

  @Override
  public Set<String> kinds() {
    return Set.of("StorageClass");
  }

  @Override
  public void check(Resource sc, Findings findings) {
    if (!sc.group().equals("storage.k8s.io")) {
      return;
    }
    var provisioner = Fields.text(sc.root(), "provisioner").flatMap(VolumeEncryption::of)
        .filter(p -> p.customerKeyParameter().isPresent());
    if (provisioner.isEmpty()) {
      return;
    }
    var p = provisioner.get();
    Map<String, String> params = Field.stringMap(sc.root().get("parameters"));
    boolean encrypted = p.kind() == VolumeEncryption.Kind.PLATFORM || VolumeEncryption.encrypted(p, params);
    if (encrypted && !VolumeEncryption.customerKey(p, params)) {
      findings.at(sc.root().nearest("parameters")).report(
          "StorageClass %s: %s volumes are encrypted with a provider-managed key; no %s names a customer-managed one",
          sc.name(), p.title(), p.customerKeyParameter().get());
    }
  }
}
