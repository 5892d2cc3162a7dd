package dev.kubeward.pss.checks;

import static dev.kubeward.pss.Text.containers;

import dev.kubeward.core.check.Category;
import dev.kubeward.core.check.CheckInfo;
import dev.kubeward.core.check.Severity;
import dev.kubeward.pss.ContainerFacts;
import dev.kubeward.pss.Level;
import dev.kubeward.pss.Locator;
import dev.kubeward.pss.PodFacts;
import dev.kubeward.pss.SecurityFacts;
import dev.kubeward.pss.Violation;
import java.util.List;
import java.util.Optional;

/**
 * Containers must run as non-root: runAsNonRoot true on the pod (containers may then leave it
 * unset) or on every container, and false nowhere. From v1.35 a pod in its own user namespace
 * ({@code hostUsers: false}) is exempt, its root not being the node's.
 */
@CheckInfo(
    id = "KW-0116",
    summary = "Containers may run as root (PSS restricted runAsNonRoot)",
    severity = Severity.HIGH,
    category = Category.POD_SECURITY,
    remediation = "Set securityContext.runAsNonRoot to true on the pod, or on every container.",
    references = {"pss:restricted/runAsNonRoot", "cis:5.2.7", "mitre:T1611"})
public final class PssRunAsNonRoot extends StandardCheck {

  public PssRunAsNonRoot() {
    super("runAsNonRoot", Level.RESTRICTED);
  }

  @Override
  public List<Revision> revisions() {
    return List.of(Revision.since(0, this::v1Dot0), Revision.since(35, this::v1Dot35));
  }

  private Optional<Violation> v1Dot0(PodFacts pod) {
    Optional<Boolean> podSetting = pod.pod(SecurityFacts::runAsNonRoot);
    if (podSetting.isPresent() && podSetting.get()
        && !any(pod.containers(), c -> !c.own(SecurityFacts::runAsNonRoot).orElse(true))) {
      return Optional.empty();
    }
    Setters setters = new Setters();
    Optional<Boolean> podValue = pod.pod(SecurityFacts::runAsNonRoot);
    if (podValue.isPresent() && !podValue.get()) {
      setters.pod(Locator.spec("securityContext", "runAsNonRoot"));
    }
    boolean podNonRoot = podValue.orElse(false);
    Offenders explicit = new Offenders();
    Offenders implicit = new Offenders();
    for (ContainerFacts c : pod.containers()) {
      Optional<Boolean> value = c.own(SecurityFacts::runAsNonRoot);
      if (value.isPresent()) {
        if (!value.get()) {
          explicit.add(c.name(), c.locate("securityContext", "runAsNonRoot"));
        }
      } else if (!podNonRoot) {
        implicit.add(c.name(), c.locate("securityContext", "runAsNonRoot"));
      }
    }
    setters.containers(explicit);
    if (!setters.isEmpty()) {
      return violation("runAsNonRoot != true", setters.joined() + " must not set securityContext.runAsNonRoot=false",
          setters.first());
    }
    if (!implicit.isEmpty()) {
      return violation("runAsNonRoot != true",
          "pod or " + containers(implicit.names()) + " must set securityContext.runAsNonRoot=true", implicit.first());
    }
    return Optional.empty();
  }

  private Optional<Violation> v1Dot35(PodFacts pod) {
    return pod.userNamespace() ? Optional.empty() : v1Dot0(pod);
  }
}
