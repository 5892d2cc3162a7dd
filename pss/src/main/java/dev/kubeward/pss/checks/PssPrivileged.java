package dev.kubeward.pss.checks;

import static dev.kubeward.pss.Text.containers;

import dev.kubeward.pss.ContainerFacts;
import dev.kubeward.pss.Level;
import dev.kubeward.pss.PodFacts;
import dev.kubeward.pss.SecurityFacts;
import dev.kubeward.pss.Violation;
import java.util.List;
import java.util.Optional;

/** Privileged containers disable most security mechanisms: {@code securityContext.privileged} must not be true. */
public final class PssPrivileged extends StandardCheck {

  public PssPrivileged() {
    super("privileged", Level.BASELINE);
  }

  @Override
  public List<Revision> revisions() {
    return List.of(Revision.since(0, this::v1Dot0));
  }

  private Optional<Violation> v1Dot0(PodFacts pod) {
    Offenders bad = new Offenders();
    for (ContainerFacts c : pod.containers()) {
      if (c.ownTrue(SecurityFacts::privileged)) {
        bad.add(c.name(), c.locate("securityContext", "privileged"));
      }
    }
    return bad.isEmpty() ? Optional.empty()
        : violation("privileged", containers(bad.names()) + " must not set securityContext.privileged=true", bad.first());
  }
}
