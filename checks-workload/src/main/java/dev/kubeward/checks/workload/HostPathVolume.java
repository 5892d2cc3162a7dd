package dev.kubeward.checks.workload;

import dev.kubeward.core.check.Category;
import dev.kubeward.core.check.CheckInfo;
import dev.kubeward.core.check.Findings;
import dev.kubeward.core.check.PodSpecCheck;
import dev.kubeward.core.check.Severity;
import dev.kubeward.core.k8s.PodSpecView;

/** Sensitive host paths are left to {@link SensitiveHostPathMount}, so a volume is reported once. */
@CheckInfo(
    id = "KW-0016",
    summary = "Pod mounts a host path",
    severity = Severity.MEDIUM,
    category = Category.HOST_ISOLATION,
    remediation = "Replace the hostPath volume with an emptyDir, a ConfigMap or a PersistentVolumeClaim.",
    references = {"pss:baseline/hostPathVolumes", "cis:5.2.12", "nsa:pod-security/enforcement", "mitre:T1611"})
public final class HostPathVolume implements PodSpecCheck {

  @Override
  public void check(PodSpecView pod, Findings findings) {
    for (HostPaths.Mount m : HostPaths.of(pod)) {
      if (m.exposure().isEmpty()) {
        findings.at(m.at()).report("volume %s mounts host path %s", m.volume(), m.path());
      }
    }
  }
}
