package dev.kubeward.pss.checks;

import static dev.kubeward.pss.Text.containers;

import dev.kubeward.core.check.Category;
import dev.kubeward.core.check.CheckInfo;
import dev.kubeward.core.check.Severity;
import dev.kubeward.pss.Level;
import dev.kubeward.pss.PodFacts;
import dev.kubeward.pss.Violation;
import java.util.List;
import java.util.Optional;

/**
 * A seccomp profile must be set, to RuntimeDefault or Localhost, on the pod or on every container.
 * From v1.25 a Windows pod ({@code spec.os.name: windows}) is exempt: the API server rejects
 * seccomp settings on it. Overrides {@link PssSeccompProfileBaseline} at restricted.
 */
@CheckInfo(
    id = "KW-0118",
    summary = "Pod does not set a seccomp profile (PSS restricted seccompProfile_restricted)",
    severity = Severity.MEDIUM,
    category = Category.POD_SECURITY,
    remediation = "Set seccompProfile.type to RuntimeDefault (or Localhost) on the pod, or on every container.",
    references = {"pss:restricted/seccompProfile", "cis:5.7.2", "mitre:T1611"})
public final class PssSeccompProfileRestricted extends StandardCheck {

  public PssSeccompProfileRestricted() {
    super("seccompProfile_restricted", Level.RESTRICTED);
  }

  @Override
  public List<Revision> revisions() {
    return List.of(
        Revision.since(19, this::v1Dot19, PssSeccompProfileBaseline.ID),
        Revision.since(25, this::v1Dot25, PssSeccompProfileBaseline.ID));
  }

  private Optional<Violation> v1Dot19(PodFacts pod) {
    if (SeccompProfiles.passes(pod, true)) {
      return Optional.empty();
    }
    SeccompProfiles.Reading r = SeccompProfiles.read(pod);
    if (!r.badSetters().isEmpty()) {
      return violation("seccompProfile", r.forbiddenDetail(), r.badSetters().first());
    }
    if (!r.unset().isEmpty()) {
      return violation("seccompProfile", "pod or " + containers(r.unset().names())
          + " must set securityContext.seccompProfile.type to \"RuntimeDefault\" or \"Localhost\"", r.unset().first());
    }
    return Optional.empty();
  }

  private Optional<Violation> v1Dot25(PodFacts pod) {
    return pod.isWindows() ? Optional.empty() : v1Dot19(pod);
  }
}
