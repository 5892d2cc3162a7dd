package dev.kubeward.checks.workload;

import dev.kubeward.core.check.Category;
import dev.kubeward.core.check.CheckInfo;
import dev.kubeward.core.check.Findings;
import dev.kubeward.core.check.PodSpecCheck;
import dev.kubeward.core.check.Severity;
import dev.kubeward.core.k8s.PodSpecView;

@CheckInfo(
    id = "KW-0013",
    summary = "Pod uses the host network",
    severity = Severity.HIGH,
    category = Category.HOST_ISOLATION,
    remediation = "Remove hostNetwork or set it to false; expose the pod through a Service instead.",
    references = {"pss:baseline/hostNamespaces", "cis:5.2.5", "nsa:pod-security/enforcement", "mitre:T1040"})
public final class HostNetwork implements PodSpecCheck {

  @Override
  public void check(PodSpecView pod, Findings findings) {
    pod.get("hostNetwork")
        .filter(f -> f.bool().orElse(false))
        .ifPresent(f -> findings.at(f).report("pod shares the host's network namespace: it can reach node-local services and sniff the node's traffic"));
  }
}
