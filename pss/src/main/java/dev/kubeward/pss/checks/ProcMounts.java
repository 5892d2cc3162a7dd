package dev.kubeward.pss.checks;

import static dev.kubeward.pss.Text.containers;
import static dev.kubeward.pss.Text.joinQuote;

import dev.kubeward.pss.ContainerFacts;
import dev.kubeward.pss.PodFacts;
import dev.kubeward.pss.SecurityFacts;
import java.util.Optional;
import java.util.TreeSet;

/** The /proc mount condition both procMount checks apply: only unset or {@code Default}. */
final class ProcMounts {

  /** A failed procMount condition: the detail and where the first offender is. */
  record Failure(String detail, dev.kubeward.pss.Locator at) {}

  private ProcMounts() {}

  private static boolean unmasked(ContainerFacts c) {
    Optional<String> procMount = c.own(SecurityFacts::procMount);
    return procMount.isPresent() && !procMount.get().equals("Default");
  }

  static Optional<Failure> unmasked(PodFacts pod) {
    if (!StandardCheck.any(pod.containers(), ProcMounts::unmasked)) {
      return Optional.empty();
    }
    Offenders bad = new Offenders();
    TreeSet<String> types = new TreeSet<>();
    for (ContainerFacts c : pod.containers()) {
      Optional<String> procMount = c.own(SecurityFacts::procMount);
      if (procMount.isPresent() && !procMount.get().equals("Default")) {
        bad.add(c.name(), c.locate("securityContext", "procMount"));
        types.add(procMount.get());
      }
    }
    return bad.isEmpty() ? Optional.empty() : Optional.of(new Failure(
        containers(bad.names()) + " must not set securityContext.procMount to " + joinQuote(types), bad.first()));
  }
}
