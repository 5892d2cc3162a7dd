package dev.kubeward.pss.checks;

import static dev.kubeward.pss.Text.joinQuote;

import dev.kubeward.pss.ContainerFacts;
import dev.kubeward.pss.Locator;
import dev.kubeward.pss.PodFacts;
import dev.kubeward.pss.SecurityFacts;
import java.util.Optional;
import java.util.TreeSet;

/**
 * How the two seccomp checks read {@code seccompProfile.type} (v1.19 on): who sets a type other
 * than RuntimeDefault or Localhost, and which containers are left without one.
 */
final class SeccompProfiles {

  /**
   * @param badSetters {@code pod}, {@code containers "a", "b"}: who set a forbidden type
   * @param unset containers that set no profile while the pod sets no allowed one
   */
  record Reading(Setters badSetters, TreeSet<String> badValues, Offenders unset) {

    String forbiddenDetail() {
      return badSetters.joined() + " must not set securityContext.seccompProfile.type to " + joinQuote(badValues);
    }
  }

  private SeccompProfiles() {}

  static boolean valid(String type) {
    return type.equals("RuntimeDefault") || type.equals("Localhost");
  }

  private static boolean badType(Optional<String> type) {
    return type.isPresent() && !valid(type.get());
  }

  /** Whether no one sets a forbidden type, and, when {@code required}, every container has an allowed one. */
  static boolean passes(PodFacts pod, boolean required) {
    Optional<String> podType = pod.pod(SecurityFacts::seccompProfileType);
    if (badType(podType) || StandardCheck.any(pod.containers(), c -> badType(c.own(SecurityFacts::seccompProfileType)))) {
      return false;
    }
    return !required || podType.isPresent()
        || !StandardCheck.any(pod.containers(), c -> c.own(SecurityFacts::seccompProfileType).isEmpty());
  }

  static Reading read(PodFacts pod) {
    Setters setters = new Setters();
    TreeSet<String> values = new TreeSet<>();
    boolean podSet = false;
    Optional<String> podType = pod.pod(SecurityFacts::seccompProfileType);
    if (podType.isPresent()) {
      if (valid(podType.get())) {
        podSet = true;
      } else {
        setters.pod(Locator.spec("securityContext", "seccompProfile", "type"));
        values.add(podType.get());
      }
    }
    Offenders explicit = new Offenders();
    Offenders unset = new Offenders();
    for (ContainerFacts c : pod.containers()) {
      Optional<String> type = c.own(SecurityFacts::seccompProfileType);
      if (type.isPresent()) {
        if (!valid(type.get())) {
          explicit.add(c.name(), c.locate("securityContext", "seccompProfile", "type"));
          values.add(type.get());
        }
      } else if (!podSet) {
        unset.add(c.name(), c.locate("securityContext", "seccompProfile"));
      }
    }
    setters.containers(explicit);
    return new Reading(setters, values, unset);
  }
}
