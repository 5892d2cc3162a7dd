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
 * A PersistentVolume of a CSI driver whose encryption travels in the volume's attributes (Ceph
 * RBD, Longhorn: the node stages the volume from them). An EBS volume's encryption is a property
 * of the disk that the PersistentVolume does not show, so EBS, GCE PD and Azure Disk volumes are
 * judged through their StorageClass only.
 */
@CheckInfo(
    id = "KW-0560",
    summary = "PersistentVolume is not encrypted although its driver supports it",
    severity = Severity.MEDIUM,
    category = Category.DATA_PROTECTION,
    remediation = "Provision the volume from a StorageClass with encrypted: \"true\" and migrate the data to it.",
    references = {"mitre:T1530", "k8s:docs/concepts/storage/persistent-volumes/"})
public final class UnencryptedPersistentVolume implements ResourceCheck {

  @Override
  public Set<String> kinds() {
    return Set.of("PersistentVolume");
  }

  @Override
  public void check(Resource pv, Findings findings) {
    if (!pv.group().isEmpty()) {
      return;
    }
    var csi = pv.root().at("spec", "csi").filter(Field::isMap);
    var driver = csi.flatMap(c -> Fields.text(c, "driver")).flatMap(VolumeEncryption::of)
        .filter(p -> p.kind() == VolumeEncryption.Kind.OPT_IN && !p.title().equals("AWS EBS"));
    if (driver.isEmpty()) {
      return;
    }
    Map<String, String> attributes = Field.stringMap(csi.get().get("volumeAttributes"));
    if (!VolumeEncryption.encrypted(driver.get(), attributes)) {
      Field at = csi.get().at("volumeAttributes", "encrypted").orElse(csi.get().nearest("volumeAttributes"));
      findings.at(at).report("PersistentVolume %s is an unencrypted %s volume: its volumeAttributes do not set encrypted to \"true\"",
          pv.name(), driver.get().title());
    }
  }
}
