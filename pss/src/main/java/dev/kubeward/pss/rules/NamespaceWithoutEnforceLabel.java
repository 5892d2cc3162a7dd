package dev.kubeward.pss.rules;

import dev.kubeward.core.check.Category;
import dev.kubeward.core.check.CheckInfo;
import dev.kubeward.core.check.Findings;
import dev.kubeward.core.check.ResourceCheck;
import dev.kubeward.core.check.Severity;
import dev.kubeward.core.model.Resource;
import dev.kubeward.pss.admission.Mode;
import java.util.Set;

/**
 * Without an enforce label, Pod Security admission admits a namespace's pods at the cluster
 * default, which is privileged unless the API server is configured otherwise: nothing is enforced.
 * An explicit {@code enforce: privileged} is a decision and passes.
 */
@CheckInfo(
    id = "KW-0119",
    summary = "Namespace has no Pod Security enforce label",
    severity = Severity.MEDIUM,
    category = Category.NAMESPACE_HYGIENE,
    remediation = "Label the namespace pod-security.kubernetes.io/enforce with baseline or restricted, and pin pod-security.kubernetes.io/enforce-version; try the level first with kubeward pss --what-if.",
    references = {"nsa:pod-security/enforcement", "k8s:docs/concepts/security/pod-security-admission/"})
public final class NamespaceWithoutEnforceLabel implements ResourceCheck {

  @Override
  public Set<String> kinds() {
    return Set.of("Namespace");
  }

  @Override
  public void check(Resource resource, Findings findings) {
    if (!resource.group().isEmpty() || resource.labels().containsKey(Mode.ENFORCE.levelLabel())) {
      return;
    }
    findings.at(resource.root().nearest("metadata", "labels")).report(
        "Namespace %s has no %s label: its pods are admitted at the cluster default, privileged unless the API server's"
            + " PodSecurityConfiguration says otherwise", resource.name(), Mode.ENFORCE.levelLabel());
  }
}
