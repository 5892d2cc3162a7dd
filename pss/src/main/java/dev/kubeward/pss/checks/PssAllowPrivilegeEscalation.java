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

/**
 * Privilege escalation (set-user-ID and set-group-ID binaries, file capabilities) must be turned
 * off explicitly: unset means allowed. The field exists from Kubernetes 1.8, hence the first
 * revision; from v1.25 a Windows pod is exempt, the field being Linux-only.
 */
@CheckInfo(
    id = "KW-0112",
    summary = "Container allows privilege escalation (PSS restricted allowPrivilegeEscalation)",
    severity = Severity.HIGH,
    category = Category.POD_SECURITY,
    remediation = "Set securityContext.allowPrivilegeEscalation to false on every container.",
    references = {"pss:restricted/allowPrivilegeEscalation", "cis:5.2.6", "mitre:T1548"})
public final class PssAllowPrivilegeEscalation extends StandardCheck {

  public PssAllowPrivilegeEscalation() {
    super("allowPrivilegeEscalation", Level.RESTRICTED);
  }

  @Override
  public List<Revision> revisions() {
    return List.of(Revision.since(8, this::v1Dot8), Revision.since(25, this::v1Dot25));
  }

  private Optional<Violation> v1Dot8(PodFacts pod) {
    Offenders bad = offenders(pod.containers(), c -> c.own(SecurityFacts::allowPrivilegeEscalation).orElse(true),
        "securityContext", "allowPrivilegeEscalation");
    return bad.isEmpty() ? Optional.empty() : violation("allowPrivilegeEscalation != false",
        containers(bad.names()) + " must set securityContext.allowPrivilegeEscalation=false", bad.first());
  }

  private Optional<Violation> v1Dot25(PodFacts pod) {
    return pod.isWindows() ? Optional.empty() : v1Dot8(pod);
  }
}
