package dev.kubeward.checks.workload;

import dev.kubeward.core.check.Category;
import dev.kubeward.core.check.CheckInfo;
import dev.kubeward.core.check.Findings;
import dev.kubeward.core.check.PodSpecCheck;
import dev.kubeward.core.check.Severity;
import dev.kubeward.core.k8s.PodSpecView;

@CheckInfo(
    id = "KW-0020",
    summary = "Pod shares one process namespace among its containers",
    severity = Severity.LOW,
    category = Category.POD_SECURITY,
    remediation = "Remove shareProcessNamespace or set it to false unless a sidecar must see the other containers' processes.",
    references = {"mitre:T1057"})
public final class ShareProcessNamespace implements PodSpecCheck {

  @Override
  public void check(PodSpecView pod, Findings findings) {
    pod.get("shareProcessNamespace")
        .filter(f -> f.bool().orElse(false))
        .ifPresent(f -> findings.at(f).report("pod shares one process namespace: each container sees the others' processes and, through /proc, their files and environment"));
  }
}
