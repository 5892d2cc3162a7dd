package dev.kubeward.pss.checks;

import static dev.kubeward.pss.Text.uses;

import dev.kubeward.core.check.Category;
import dev.kubeward.core.check.CheckInfo;
import dev.kubeward.core.check.Severity;
import dev.kubeward.pss.ContainerFacts;
import dev.kubeward.pss.Level;
import dev.kubeward.pss.Locator;
import dev.kubeward.pss.PodFacts;
import dev.kubeward.pss.Violation;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Probes and lifecycle handlers must not name a host (v1.34 on): the kubelet would connect to it
 * from the node, reaching what the pod itself cannot. Containers and hosts are listed distinct and
 * sorted, as upstream lists them.
 */
@CheckInfo(
    id = "KW-0105",
    summary = "Probe or lifecycle handler names a host (PSS baseline hostProbesAndHostLifecycle)",
    severity = Severity.MEDIUM,
    category = Category.NETWORK_EXPOSURE,
    remediation = "Remove host from the probe or lifecycle handler so that the kubelet connects to the pod itself.",
    references = {"pss:baseline/hostProbesAndHostLifecycle", "mitre:T1046"})
public final class PssHostProbesAndHostLifecycle extends StandardCheck {

  public PssHostProbesAndHostLifecycle() {
    super("hostProbesAndHostLifecycle", Level.BASELINE);
  }

  @Override
  public List<Revision> revisions() {
    return List.of(Revision.since(34, this::v1Dot34));
  }

  private Optional<Violation> v1Dot34(PodFacts pod) {
    if (!any(pod.containers(), c -> !c.hostHandlers().isEmpty())) {
      return Optional.empty();
    }
    TreeSet<String> bad = new TreeSet<>();
    TreeSet<String> hosts = new TreeSet<>();
    Locator first = null;
    for (ContainerFacts c : pod.containers()) {
      for (ContainerFacts.HostHandler h : c.hostHandlers()) {
        bad.add(c.name());
        hosts.add(h.host());
        first = first == null ? c.locate(h.path().toArray()) : first;
      }
    }
    return violation("probe or lifecycle host", uses("container", bad, "probe or lifecycle host", hosts, true), first);
  }
}
