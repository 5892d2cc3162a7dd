package dev.kubeward.pss.checks;

import static dev.kubeward.pss.Text.containers;

import dev.kubeward.core.check.Category;
import dev.kubeward.core.check.CheckInfo;
import dev.kubeward.core.check.Severity;
import dev.kubeward.pss.Level;
import dev.kubeward.pss.PodFacts;
import dev.kubeward.pss.SecurityFacts;
import dev.kubeward.pss.Violation;
import java.util.List;
import java.util.Optional;

/** Privileged containers disable most security mechanisms: {@code securityContext.privileged} must not be true. */
@CheckInfo(
    id = "KW-0106",
    summary = "Container runs privileged (PSS baseline privileged)",
    severity = Severity.CRITICAL,
    category = Category.POD_SECURITY,
    remediation = "Remove securityContext.privileged or set it to false; grant only the capabilities the process needs.",
    references = {"pss:baseline/privileged", "cis:5.2.2", "mitre:T1611"})
public final class PssPrivileged extends StandardCheck {

  public PssPrivileged() {
    super("privileged", Level.BASELINE);
  }

  @Override
  public List<Revision> revisions() {
    return List.of(Revision.since(0, this::v1Dot0));
  }

  private Optional<Violation> v1Dot0(PodFacts pod) {
    Offenders bad = offenders(pod.containers(), c -> c.ownTrue(SecurityFacts::privileged), "securityContext", "privileged");
    return bad.isEmpty() ? Optional.empty()
        : violation("privileged", containers(bad.names()) + " must not set securityContext.privileged=true", bad.first());
  }
}
