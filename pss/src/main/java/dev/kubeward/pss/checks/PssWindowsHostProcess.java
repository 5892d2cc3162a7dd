package dev.kubeward.pss.checks;

import dev.kubeward.core.check.Category;
import dev.kubeward.core.check.CheckInfo;
import dev.kubeward.core.check.Severity;
import dev.kubeward.pss.Level;
import dev.kubeward.pss.Locator;
import dev.kubeward.pss.PodFacts;
import dev.kubeward.pss.SecurityFacts;
import dev.kubeward.pss.Violation;
import java.util.List;
import java.util.Optional;

/** Windows HostProcess containers have full access to the node: {@code windowsOptions.hostProcess} must not be true. */
@CheckInfo(
    id = "KW-0111",
    summary = "Pod runs Windows HostProcess containers (PSS baseline windowsHostProcess)",
    severity = Severity.CRITICAL,
    category = Category.HOST_ISOLATION,
    remediation = "Remove windowsOptions.hostProcess or set it to false.",
    references = {"pss:baseline/windowsHostProcess", "cis:5.2.11", "mitre:T1611"})
public final class PssWindowsHostProcess extends StandardCheck {

  public PssWindowsHostProcess() {
    super("windowsHostProcess", Level.BASELINE);
  }

  @Override
  public List<Revision> revisions() {
    return List.of(Revision.since(0, this::v1Dot0));
  }

  private Optional<Violation> v1Dot0(PodFacts pod) {
    if (!pod.pod(SecurityFacts::hostProcess).orElse(false) && !any(pod.containers(), c -> c.ownTrue(SecurityFacts::hostProcess))) {
      return Optional.empty();
    }
    Setters setters = new Setters();
    if (pod.pod(SecurityFacts::hostProcess).orElse(false)) {
      setters.pod(Locator.spec("securityContext", "windowsOptions", "hostProcess"));
    }
    setters.containers(offenders(pod.containers(), c -> c.ownTrue(SecurityFacts::hostProcess),
        "securityContext", "windowsOptions", "hostProcess"));
    return violation("hostProcess", setters.joined() + " must not set securityContext.windowsOptions.hostProcess=true",
        setters.first());
  }
}
