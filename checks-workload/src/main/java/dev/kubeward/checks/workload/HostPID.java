package dev.kubeward.checks.workload;

import dev.kubeward.core.check.Category;
import dev.kubeward.core.check.CheckInfo;
import dev.kubeward.core.check.Findings;
import dev.kubeward.core.check.PodSpecCheck;
import dev.kubeward.core.check.Severity;
import dev.kubeward.core.k8s.PodSpecView;

@CheckInfo(
    id = "KW-0014",
    summary = "Pod shares the host process namespace",
    severity = Severity.HIGH,
    category = Category.HOST_ISOLATION,
    remediation = "Remove hostPID or set it to false.",
    references = {"pss:baseline/hostNamespaces", "cis:5.2.3", "nsa:pod-security/enforcement", "mitre:T1057", "mitre:T1611"})
public final class HostPID implements PodSpecCheck {

  @Override
  public void check(PodSpecView pod, Findings findings) {
    pod.get("hostPID")
        .filter(f -> f.bool().orElse(false))
        .ifPresent(f -> findings.at(f).report("pod shares the host's process namespace: it sees every process on the node"));
  }
}
