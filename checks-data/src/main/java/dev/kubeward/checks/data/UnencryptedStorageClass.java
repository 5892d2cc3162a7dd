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
 * A StorageClass whose provisioner encrypts only when asked ({@link VolumeEncryption}) and is not
 * asked. Provisioners that always encrypt (GCE PD, Azure Disk) are never reported here; see
 * {@link StorageClassWithoutCustomerKey}.
 */
@CheckInfo(
    id = "KW-0558",
    summary = "StorageClass provisions unencrypted volumes",
    severity = Severity.MEDIUM,
    category = Category.DATA_PROTECTION,
    remediation = "Turn encryption on in the StorageClass parameters (encrypted: \"true\", with kmsKeyId for EBS), in a new class since existing volumes keep their setting.",
    references = {"mitre:T1530", "k8s:docs/concepts/storage/storage-classes/"})
public final class UnencryptedStorageClass implements ResourceCheck {

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
        .filter(p -> p.kind() == VolumeEncryption.Kind.OPT_IN);
    if (provisioner.isEmpty()) {
      return;
    }
    Map<String, String> params = Field.stringMap(sc.root().get("parameters"));
    if (VolumeEncryption.encrypted(provisioner.get(), params)) {
      return;
    }
    Field at = VolumeEncryption.keyAnyCase(params, "encrypted").flatMap(k -> sc.root().at("parameters", k))
        .orElse(sc.root().nearest("parameters"));
    String was = VolumeEncryption.keyAnyCase(params, "encrypted").map(k -> " (encrypted: \"" + params.get(k) + "\")").orElse("");
    findings.at(at).report("StorageClass %s creates unencrypted %s volumes%s: set parameters.encrypted to \"true\"",
        sc.name(), provisioner.get().title(), was);
  }
}
