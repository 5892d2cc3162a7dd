package dev.kubeward.checks.workload;

import dev.kubeward.core.check.Category;
import dev.kubeward.core.check.CheckInfo;
import dev.kubeward.core.check.Findings;
import dev.kubeward.core.check.PodSpecCheck;
import dev.kubeward.core.check.Severity;
import dev.kubeward.core.k8s.PodSpecView;

@CheckInfo(
    id = "KW-0015",
    summary = "Pod shares the host IPC namespace",
    severity = Severity.HIGH,
    category = Category.HOST_ISOLATION,
    remediation = "Remove hostIPC or set it to false.",
    references = {"pss:baseline/hostNamespaces", "cis:5.2.4", "nsa:pod-security/enforcement", "mitre:T1611"})
public final class HostIPC implements PodSpecCheck {

  @Override
  public void check(PodSpecView pod, Findings findings) {
    pod.get("hostIPC")
        .filter(f -> f.bool().orElse(false))
        .ifPresent(f -> findings.at(f).report("pod shares the host's IPC namespace: it can read and write the shared memory of processes on the node"));
  }
}
