package dev.kubeward.checks.data;

import dev.kubeward.core.check.Category;
import dev.kubeward.core.check.CheckInfo;
import dev.kubeward.core.check.Findings;
import dev.kubeward.core.check.PodSpecCheck;
import dev.kubeward.core.check.Severity;
import dev.kubeward.core.k8s.PodSpecView;
import java.util.Set;

/**
 * A pod that opts out of the sidecar in a namespace whose pods get one runs outside the mesh: no
 * mutual TLS, no authorization policy. Judged once the input is read, and only when the input
 * holds the namespace. Pods on the host network are never injected, so they are not reported.
 */
@CheckInfo(
    id = "KW-0584",
    summary = "Workload opts out of Istio sidecar injection in a namespace that injects it",
    severity = Severity.MEDIUM,
    category = Category.DATA_PROTECTION,
    remediation = "Remove sidecar.istio.io/inject: \"false\" from the pod template, or move the workload to a namespace outside the mesh and say why.",
    references = {"nsa:network/encryption", "mitre:T1040"})
public final class IstioSidecarInjectionDisabled implements PodSpecCheck {

  @Override
  public Set<String> retains() {
    return Set.of("Namespace");
  }

  @Override
  public void check(PodSpecView pod, Findings findings) {
    if (pod.flag("hostNetwork")) {
      return;
    }
    var optOut = Mesh.istioOptOut(pod);
    var namespace = pod.resource().namespace();
    if (optOut.isEmpty() || namespace.isEmpty()) {
      return;
    }
    String ns = namespace.get();
    findings.at(optOut.get()).unless(index -> Mesh.istioInjecting(index, ns).isEmpty()).report(
        "pod opts out of the Istio sidecar (sidecar.istio.io/inject: \"false\") in namespace %s, whose pods get one: its traffic bypasses mutual TLS and authorization policies",
        ns);
  }
}
