package dev.kubeward.pss.checks;

import static dev.kubeward.pss.Text.uses;

import dev.kubeward.core.check.Category;
import dev.kubeward.core.check.CheckInfo;
import dev.kubeward.core.check.Severity;
import dev.kubeward.pss.Level;
import dev.kubeward.pss.Locator;
import dev.kubeward.pss.PodFacts;
import dev.kubeward.pss.VolumeFacts;
import dev.kubeward.pss.Violation;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Only ephemeral, projected and claim-backed volume types are allowed: configMap, csi,
 * downwardAPI, emptyDir, ephemeral, image, persistentVolumeClaim, projected, secret. Upstream
 * added {@code image} to its only revision, so it is allowed at every policy version. A volume
 * without a known source is an emptyDir after the API server's defaulting. Overrides
 * {@link PssHostPathVolumes} at restricted.
 */
@CheckInfo(
    id = "KW-0115",
    summary = "Pod uses a restricted volume type (PSS restricted restrictedVolumes)",
    severity = Severity.MEDIUM,
    category = Category.HOST_ISOLATION,
    remediation = "Use only configMap, csi, downwardAPI, emptyDir, ephemeral, image, persistentVolumeClaim, projected and secret volumes.",
    references = {"pss:restricted/restrictedVolumes", "mitre:T1611"})
public final class PssRestrictedVolumes extends StandardCheck {

  private static final List<String> ALLOWED = List.of(
      "configMap", "csi", "downwardAPI", "emptyDir", "ephemeral", "image", "persistentVolumeClaim", "projected", "secret");

  /** The restricted types in the order upstream tests them: a volume that sets two is named by the first. */
  private static final List<String> RESTRICTED = List.of(
      "hostPath", "gcePersistentDisk", "awsElasticBlockStore", "gitRepo", "nfs", "iscsi", "glusterfs", "rbd",
      "flexVolume", "cinder", "cephfs", "flocker", "fc", "azureFile", "vsphereVolume", "quobyte", "azureDisk",
      "photonPersistentDisk", "portworxVolume", "scaleIO", "storageos");

  public PssRestrictedVolumes() {
    super("restrictedVolumes", Level.RESTRICTED);
  }

  @Override
  public List<Revision> revisions() {
    return List.of(Revision.since(0, this::v1Dot0, PssHostPathVolumes.ID));
  }

  private static boolean allowed(VolumeFacts v) {
    if (v.isDefaultedEmptyDir()) {
      return true;
    }
    for (int i = 0, n = ALLOWED.size(); i < n; i++) {
      if (v.has(ALLOWED.get(i))) {
        return true;
      }
    }
    return false;
  }

  private Optional<Violation> v1Dot0(PodFacts pod) {
    List<VolumeFacts> volumes = pod.volumes();
    boolean allAllowed = true;
    for (int i = 0, n = volumes.size(); i < n && allAllowed; i++) {
      allAllowed = allowed(volumes.get(i));
    }
    if (allAllowed) {
      return Optional.empty();
    }
    Offenders bad = new Offenders();
    TreeSet<String> types = new TreeSet<>();
    for (VolumeFacts v : volumes) {
      if (allowed(v)) {
        continue;
      }
      String type = RESTRICTED.stream().filter(v::has).findFirst().orElseThrow();
      bad.add(v.name(), Locator.spec("volumes", v.index(), type));
      types.add(type);
    }
    if (bad.isEmpty()) {
      return Optional.empty();
    }
    return violation("restricted volume types", uses("volume", bad.names(), "restricted volume type", types, true), bad.first());
  }
}
