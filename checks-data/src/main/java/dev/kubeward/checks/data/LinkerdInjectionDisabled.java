package dev.kubeward.checks.data;

import dev.kubeward.core.check.Category;
import dev.kubeward.core.check.CheckInfo;
import dev.kubeward.core.check.Findings;
import dev.kubeward.core.check.PodSpecCheck;
import dev.kubeward.core.check.Severity;
import dev.kubeward.core.k8s.PodSpecView;
import java.util.Set;

/**
 * Linkerd injects its proxy into the pods of a namespace annotated {@code linkerd.io/inject:
 * enabled} (or {@code ingress}); a pod annotated {@code disabled} is skipped and runs without
 * mutual TLS. Judged once the input is read, and only when the input holds the namespace.
 */
@CheckInfo(
    id = "KW-0585",
    summary = "Workload disables Linkerd proxy injection in a namespace that injects it",
    severity = Severity.MEDIUM,
    category = Category.DATA_PROTECTION,
    remediation = "Remove linkerd.io/inject: disabled from the pod template, or move the workload to a namespace outside the mesh and say why.",
    references = {"nsa:network/encryption", "mitre:T1040"})
public final class LinkerdInjectionDisabled implements PodSpecCheck {

  @Override
  public Set<String> retains() {
    return Set.of("Namespace");
  }

  @Override
  public void check(PodSpecView pod, Findings findings) {
    if (pod.flag("hostNetwork")) {
      return;
    }
    var optOut = pod.annotation("linkerd.io/inject").filter(f -> f.text().filter("disabled"::equals).isPresent());
    var namespace = pod.resource().namespace();
    if (optOut.isEmpty() || namespace.isEmpty()) {
      return;
    }
    String ns = namespace.get();
    findings.at(optOut.get()).unless(index -> Mesh.linkerdInjecting(index, ns).isEmpty()).report(
        "pod disables the Linkerd proxy (linkerd.io/inject: disabled) in namespace %s, annotated for injection: its traffic bypasses mutual TLS",
        ns);
  }
}
