package dev.kubeward.checks.workload;

import dev.kubeward.core.check.Category;
import dev.kubeward.core.check.CheckInfo;
import dev.kubeward.core.check.Findings;
import dev.kubeward.core.check.PodSpecCheck;
import dev.kubeward.core.check.Severity;
import dev.kubeward.core.k8s.PodSpecView;

/** Which paths are sensitive, and how they are compared, is in {@link HostPaths}. */
@CheckInfo(
    id = "KW-0017",
    summary = "Pod mounts a sensitive host path",
    severity = Severity.CRITICAL,
    category = Category.HOST_ISOLATION,
    remediation = "Remove the hostPath volume; reach the node's state through an API or a narrowly scoped agent instead.",
    references = {"pss:baseline/hostPathVolumes", "cis:5.2.12", "nsa:pod-security/enforcement", "mitre:T1611", "mitre:T1552.001"})
public final class SensitiveHostPathMount implements PodSpecCheck {

  @Override
  public void check(PodSpecView pod, Findings findings) {
    for (HostPaths.Mount m : HostPaths.of(pod)) {
      m.exposure().ifPresent(e -> findings.at(m.at()).report("volume %s mounts %s", m.volume(), switch (e.relation()) {
        case IS -> m.path().equals(e.sensitive()) ? "the host's " + m.path()
            : "host path " + m.path() + ", which is the host's " + e.sensitive();
        case INSIDE -> "host path " + m.path() + ", inside the host's " + e.sensitive();
        case HOLDS -> "host path " + m.path() + ", which holds the host's " + e.sensitive();
        case SOCKET -> "host socket " + m.path() + ": the API of a daemon on the node";
      }));
    }
  }
}
