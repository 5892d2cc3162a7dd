package dev.kubeward.pss.checks;

import dev.kubeward.core.check.Category;
import dev.kubeward.core.check.CheckInfo;
import dev.kubeward.core.check.Severity;
import dev.kubeward.pss.Level;
import dev.kubeward.pss.PodFacts;
import dev.kubeward.pss.Violation;
import java.util.List;
import java.util.Optional;

/**
 * The default /proc masks must be kept: {@code securityContext.procMount} unset or Default. From
 * v1.35 a pod in its own user namespace ({@code hostUsers: false}) may set any procMount at
 * baseline; at restricted {@link PssProcMountRestricted} keeps the rule for every pod.
 */
@CheckInfo(
    id = "KW-0107",
    summary = "Container unmasks /proc (PSS baseline procMount)",
    severity = Severity.MEDIUM,
    category = Category.POD_SECURITY,
    remediation = "Remove securityContext.procMount or set it to Default.",
    references = {"pss:baseline/procMount", "mitre:T1611"})
public final class PssProcMount extends StandardCheck {

  static final String ID = "procMount";

  public PssProcMount() {
    super(ID, Level.BASELINE);
  }

  @Override
  public List<Revision> revisions() {
    return List.of(Revision.since(0, this::v1Dot0), Revision.since(35, this::v1Dot35));
  }

  private Optional<Violation> v1Dot0(PodFacts pod) {
    return ProcMounts.unmasked(pod).flatMap(f -> violation("procMount", f.detail(), f.at()));
  }

  private Optional<Violation> v1Dot35(PodFacts pod) {
    return pod.userNamespace() ? Optional.empty() : v1Dot0(pod);
  }
}
