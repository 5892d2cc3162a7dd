package dev.kubeward.checks.workload;

import dev.kubeward.core.check.Category;
import dev.kubeward.core.check.CheckInfo;
import dev.kubeward.core.check.Findings;
import dev.kubeward.core.check.PodSpecCheck;
import dev.kubeward.core.check.Severity;
import dev.kubeward.core.index.Digest;
import dev.kubeward.core.k8s.PodSpecView;
import dev.kubeward.core.model.Field;
import java.util.Optional;
import java.util.Set;

/**
 * A pod that gets no token of the default account never acts as it, so sharing the account
 * grants it nothing: the pod or, when the pod says nothing, the default ServiceAccount in the input
 * turns the mount off ({@link ServiceAccountTokens}), as CIS 5.1.5 itself recommends.
 */
@CheckInfo(
    id = "KW-0022",
    summary = "Pod runs as the default service account",
    severity = Severity.LOW,
    category = Category.IDENTITY,
    remediation = "Create a service account for the workload and name it in serviceAccountName.",
    references = {"cis:5.1.5", "nsa:authn-authz/authentication"})
public final class DefaultServiceAccount implements PodSpecCheck {

  private static final String DEFAULT = "default";

  @Override
  public Set<Digest<?>> digests() {
    return Set.of(ServiceAccountTokens.AUTOMOUNT);
  }

  @Override
  public void check(PodSpecView pod, Findings findings) {
    if (!pod.serviceAccountName().equals(DEFAULT)) {
      return;
    }
    Optional<Boolean> automount = pod.get("automountServiceAccountToken").flatMap(Field::bool);
    boolean projected = ServiceAccountTokens.projected(pod);
    if (automount.equals(Optional.of(false)) && !projected) {
      return;
    }
    String namespace = pod.resource().namespace().orElse("");
    var reporter = findings.at(pod.get("serviceAccountName").or(() -> pod.get("serviceAccount")).orElse(pod.spec()));
    if (automount.isEmpty() && !projected) {
      reporter = reporter.unless(index -> ServiceAccountTokens.accountDisablesAutomount(index, namespace, DEFAULT));
    }
    reporter.report("pod runs as the namespace's default service account, which every other workload there shares");
  }
}
