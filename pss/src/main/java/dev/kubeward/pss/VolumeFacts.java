package dev.kubeward.pss;

import dev.kubeward.core.yaml.MapNode;
import dev.kubeward.core.yaml.ScalarNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A volume of the pod: its name, its position and the volume sources it sets (keys other than
 * {@code name} whose value is not null). A volume that sets no known source is an {@code emptyDir}
 * once the API server has defaulted it; {@link #isDefaultedEmptyDir} says so.
 */
public record VolumeFacts(String name, int index, List<String> sources) {

  /** Every volume source of core/v1 Volume. */
  private static final java.util.Set<String> KNOWN = java.util.Set.of(
      "hostPath", "emptyDir", "gcePersistentDisk", "awsElasticBlockStore", "gitRepo", "secret", "nfs", "iscsi",
      "glusterfs", "persistentVolumeClaim", "rbd", "flexVolume", "cinder", "cephfs", "flocker", "downwardAPI", "fc",
      "azureFile", "configMap", "vsphereVolume", "quobyte", "azureDisk", "photonPersistentDisk", "projected",
      "portworxVolume", "scaleIO", "storageos", "csi", "ephemeral", "image");

  public boolean has(String source) {
    return sources.contains(source);
  }

  public boolean isDefaultedEmptyDir() {
    return sources.stream().noneMatch(KNOWN::contains);
  }

  static VolumeFacts read(MapNode v, int index) {
    List<String> sources = new ArrayList<>(1);
    for (MapNode.Entry e : v.entries()) {
      if (!e.name().equals("name") && !(e.value() instanceof ScalarNode s && s.isNull())) {
        sources.add(e.name());
      }
    }
    return new VolumeFacts(Nodes.string(v, "name"), index, sources);
  }
}
