package dev.kubeward.checks.rbac;

import dev.kubeward.core.check.Category;
import dev.kubeward.core.check.CheckInfo;
import dev.kubeward.core.check.Severity;

import dev.kubeward.rbac.PolicyRule;
import dev.kubeward.rbac.Role;
import java.util.List;

/**
 * A PersistentVolume is cluster-scoped and not checked by Pod Security admission: one of type
 * hostPath, claimed by a pod, mounts any directory of the node, its root included.
 */
@CheckInfo(
    id = "KW-0218",
    summary = "Role can create PersistentVolumes",
    severity = Severity.HIGH,
    category = Category.HOST_ISOLATION,
    remediation = "Let a StorageClass provision volumes; keep PersistentVolume creation to cluster administrators.",
    references = {"cis:5.1.9", "mitre:T1611", "mitre:T1006"})
public final class PersistentVolumeCreation extends RiskyGrantCheck {

  PersistentVolumeCreation(RbacScan scan) {
    super(scan);
  }

  private static final List<Access.Probe> PROBES =
      List.of(Access.Probe.of(Access.CORE, "persistentvolumes", List.of(), List.of("create")));

  private static final long NEED = Sketch.need(PROBES);

  @Override
  long need() {
    return NEED;
  }

  @Override
  List<String> grants(PolicyRule rule, Role role, Reach reach) {
    return Access.matches(rule, PROBES, reach);
  }

  @Override
  String risk(String grants, Reach reach) {
    return "creates PersistentVolumes (" + grants + "), hostPath volumes onto any node directory included";
  }
}
