package dev.kubeward.pss.checks;

import dev.kubeward.core.check.Category;
import dev.kubeward.core.check.CheckInfo;
import dev.kubeward.core.check.Severity;
import dev.kubeward.pss.Level;
import dev.kubeward.pss.Locator;
import dev.kubeward.pss.PodFacts;
import dev.kubeward.pss.SecurityFacts;
import dev.kubeward.pss.Violation;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * runAsUser must not be 0, on the pod or any container; unset is allowed (runAsNonRoot covers it).
 * New at v1.23; from v1.35 a pod in its own user namespace is exempt.
 */
@CheckInfo(
    id = "KW-0117",
    summary = "Pod or container runs as UID 0 (PSS restricted runAsUser)",
    severity = Severity.HIGH,
    category = Category.POD_SECURITY,
    remediation = "Set runAsUser to a non-zero UID, or leave it unset with runAsNonRoot true.",
    references = {"pss:restricted/runAsUser", "cis:5.2.7", "mitre:T1611"})
public final class PssRunAsUser extends StandardCheck {

  public PssRunAsUser() {
    super("runAsUser", Level.RESTRICTED);
  }

  @Override
  public List<Revision> revisions() {
    return List.of(Revision.since(23, this::v1Dot23), Revision.since(35, this::v1Dot35));
  }

  private static boolean root(OptionalLong uid) {
    return uid.isPresent() && uid.getAsLong() == 0;
  }

  private static boolean root(Optional<SecurityFacts> sc) {
    return sc.isPresent() && root(sc.get().runAsUser());
  }

  private Optional<Violation> v1Dot23(PodFacts pod) {
    if (!root(pod.securityContext()) && !any(pod.containers(), c -> root(c.securityContext()))) {
      return Optional.empty();
    }
    Setters setters = new Setters();
    if (root(pod.securityContext())) {
      setters.pod(Locator.spec("securityContext", "runAsUser"));
    }
    setters.containers(offenders(pod.containers(), c -> root(c.securityContext()), "securityContext", "runAsUser"));
    return violation("runAsUser=0", setters.joined() + " must not set runAsUser=0", setters.first());
  }

  private Optional<Violation> v1Dot35(PodFacts pod) {
    return pod.userNamespace() ? Optional.empty() : v1Dot23(pod);
  }
}
