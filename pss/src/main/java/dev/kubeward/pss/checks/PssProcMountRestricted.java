package dev.kubeward.pss.checks;

import dev.kubeward.pss.Level;
import dev.kubeward.pss.PodFacts;
import dev.kubeward.pss.Violation;
import java.util.List;
import java.util.Optional;

/**
 * The restricted form of {@link PssProcMount} from v1.35: /proc stays masked even in a user
 * namespace. It overrides the baseline check at restricted, which would let such pods through.
 */
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
