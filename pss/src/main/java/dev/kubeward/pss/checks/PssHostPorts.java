package dev.kubeward.pss.checks;

import static dev.kubeward.pss.Text.uses;

import dev.kubeward.core.check.Category;
import dev.kubeward.core.check.CheckInfo;
import dev.kubeward.core.check.Severity;
import dev.kubeward.pss.ContainerFacts;
import dev.kubeward.pss.Level;
import dev.kubeward.pss.PodFacts;
import dev.kubeward.pss.Violation;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Host ports must be forbidden: every {@code ports[].hostPort} must be unset or 0. A pod with
 * hostNetwork gets its containerPorts as hostPorts from the API server's defaulting, so those count.
 * The ports are listed as upstream lists them: distinct, sorted as text.
 */
@CheckInfo(
    id = "KW-0104",
    summary = "Container uses host ports (PSS baseline hostPorts)",
    severity = Severity.MEDIUM,
    category = Category.NETWORK_EXPOSURE,
    remediation = "Remove hostPort (and hostNetwork, which defaults it); expose the pod through a Service.",
    references = {"pss:baseline/hostPorts", "cis:5.2.13"})
public final class PssHostPorts extends StandardCheck {

  public PssHostPorts() {
    super("hostPorts", Level.BASELINE);
  }

  @Override
  public List<Revision> revisions() {
    return List.of(Revision.since(0, this::v1Dot0));
  }

  private Optional<Violation> v1Dot0(PodFacts pod) {
    if (!any(pod.containers(), c -> !c.hostPorts().isEmpty())) {
      return Optional.empty();
    }
    Offenders bad = new Offenders();
    TreeSet<String> ports = new TreeSet<>();
    for (ContainerFacts c : pod.containers()) {
      if (!c.hostPorts().isEmpty()) {
        bad.add(c.name(), c.locate("ports", c.hostPorts().get(0).portIndex(), "hostPort"));
        c.hostPorts().forEach(p -> ports.add(Long.toString(p.port())));
      }
    }
    if (bad.isEmpty()) {
      return Optional.empty();
    }
    return violation("hostPort", uses("container", bad.names(), "hostPort", ports, false), bad.first());
  }
}
