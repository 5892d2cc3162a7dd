package dev.kubeward.checks.network;

import dev.kubeward.core.check.Category;
import dev.kubeward.core.check.CheckInfo;
import dev.kubeward.core.check.Findings;
import dev.kubeward.core.check.Severity;
import dev.kubeward.core.index.IndexedResource;
import dev.kubeward.core.index.ResourceIndex;
import dev.kubeward.netpol.model.NetworkPolicy;
import dev.kubeward.netpol.model.Pod;
import dev.kubeward.netpol.model.PolicyPort;
import dev.kubeward.netpol.model.Rule;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An ingress rule's port that no selected pod declares. A named port resolves against the
 * destination pod's container ports: when none of the selected pods has it, the entry allows
 * nothing, and the traffic it was written for is dropped. A numeric port no container declares
 * still receives traffic (declaring container ports is informational), so there it is only
 * likely a mistake: a wrong number, or a policy that outlived a port change. Judged for ingress
 * rules of policies that select some pod of the input.
 */
@CheckInfo(
    id = "KW-0304",
    summary = "NetworkPolicy ingress port is exposed by no selected pod",
    severity = Severity.LOW,
    category = Category.NETWORK_EXPOSURE,
    remediation = "Name a port the selected pods' containers declare, with the same protocol, or declare the port in the containers.",
    references = {"nsa:network/network-policies"})
public final class PolicyPortNotExposed extends NetworkCheck {

  PolicyPortNotExposed(NetworkScan scan) {
    super(scan);
  }

  @Override
  public Set<String> kinds() {
    return Set.of("NetworkPolicy");
  }

  @Override
  public void check(IndexedResource resource, ResourceIndex index, Findings findings) {
    NetworkFacts facts = facts(index);
    Optional<NetworkPolicy> policy = facts.policy(resource).map(NetworkFacts.PolicyEntry::policy);
    if (policy.isEmpty()) {
      return;
    }
    NetworkPolicy p = policy.get();
    List<Pod> selected = facts.selectedPods(p);
    if (selected.isEmpty()) {
      return;
    }
    for (Rule r : p.ingress()) {
      for (int i = 0; i < r.ports().size(); i++) {
        PolicyPort port = r.ports().get(i);
        switch (port.port().orElse(null)) {
          case PolicyPort.Named n when selected.stream().noneMatch(pod -> pod.namedPort(n.name())
              .filter(cp -> cp.protocol() == port.protocol()).isPresent()) ->
              findings.at(NetworkFacts.portPlace(r, i).anchor()).report("%s of %s names port %s, which no container of the %d selected pod(s) declares for %s:"
                  + " this entry allows nothing", r.describe(), p.qualifiedName(), n.name(), selected.size(), port.protocol());
          case PolicyPort.Numbers n when selected.stream().noneMatch(pod -> pod.ports().stream()
              .anyMatch(cp -> cp.protocol() == port.protocol() && cp.port() >= n.start() && cp.port() <= n.end())) ->
              findings.at(NetworkFacts.portPlace(r, i).anchor()).report("%s of %s allows %s, which no container of the %d selected pod(s) declares:"
                  + " traffic still reaches undeclared ports, but the number is likely a mistake", r.describe(),
                  p.qualifiedName(), port.describe(), selected.size());
          case null, default -> { }
        }
      }
    }
  }
}
