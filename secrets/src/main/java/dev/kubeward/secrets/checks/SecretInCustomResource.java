package dev.kubeward.secrets.checks;

import dev.kubeward.core.check.Category;
import dev.kubeward.core.check.CheckInfo;
import dev.kubeward.core.check.Findings;
import dev.kubeward.core.check.ResourceCheck;
import dev.kubeward.core.check.Severity;
import dev.kubeward.core.k8s.PodSpecView;
import dev.kubeward.core.k8s.PodSpecs;
import dev.kubeward.core.model.Field;
import dev.kubeward.core.model.Resource;
import java.util.Optional;
import java.util.Set;

/**
 * A credential in any string of a custom resource (an operator's CR, an Argo CD Application's
 * inline values, a Flux HelmRelease): custom resources are read by their operators, not by
 * Kubernetes' secret handling, so what they hold is neither protected nor encrypted at rest.
 * Metadata is the annotation rule's and a workload's pod spec the container rules'; the
 * secret-store kinds (SealedSecret, ExternalSecret, SecretProviderClass, ...) are left alone.
 */
@CheckInfo(
    id = "KW-0504",
    summary = "Custom resource holds a secret in plain text",
    severity = Severity.HIGH,
    category = Category.SECRETS,
    remediation = "Reference a Secret from the resource (most operators take a secretRef) instead of writing the value in it; rotate the exposed credential.",
    references = {"nsa:network/secrets", "mitre:T1552.001"})
public final class SecretInCustomResource implements ResourceCheck {

  /** API groups of Kubernetes itself; every other group is a custom resource's. */
  private static final Set<String> BUILT_IN_GROUPS = Set.of("", "apps", "batch", "autoscaling", "policy", "extensions");

  @Override
  public Set<String> kinds() {
    return Set.of();
  }

  @Override
  public void check(Resource resource, Findings findings) {
    if (!custom(resource.group()) || GoodPractice.secretStoreKind(resource) || GoodPractice.sopsEncrypted(resource.root())) {
      return;
    }
    Optional<Object> podSpec = PodSpecs.of(resource).map(PodSpecView::spec).map(Field::node);
    Strings.walk(resource.root(), "",
        f -> f.path().toString().equals("metadata") || (podSpec.isPresent() && podSpec.get() == f.node()),
        (field, name, text) -> Found.report(findings, field, () -> field.path().toString(), name, text));
  }

  /** Custom groups have a dot and are not Kubernetes' own (*.k8s.io); *.x-k8s.io are SIG projects' CRDs. */
  static boolean custom(String group) {
    if (BUILT_IN_GROUPS.contains(group)) {
      return false;
    }
    return !group.endsWith(".k8s.io") || group.endsWith(".x-k8s.io");
  }
}
