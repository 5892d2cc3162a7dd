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
 * The restricted form of {@link PssProcMount} from v1.35: /proc stays masked even in a user
 * namespace. It overrides the baseline check at restricted, which would let such pods through.
 */
@CheckInfo(
    id = "KW-0114",
    summary = "Container unmasks /proc, even in a user namespace (PSS restricted procMount_restricted)",
    severity = Severity.MEDIUM,
    category = Category.POD_SECURITY,
    remediation = "Remove securityContext.procMount or set it to Default.",
    references = {"pss:baseline/procMount", "mitre:T1611"})
public final class PssProcMountRestricted extends StandardCheck {

  public PssProcMountRestricted() {
    super("procMount_restricted", Level.RESTRICTED);
  }

  @Override
  public List<Revision> revisions() {
    return List.of(Revision.since(35, this::v1Dot35, PssProcMount.ID));
  }

  private Optional<Violation> v1Dot35(PodFacts pod) {
    return ProcMounts.unmasked(pod).flatMap(f -> violation("procMount", f.detail(), f.at()));
  }
}
