package dev.kubeward.checks.network;

import dev.kubeward.core.check.Category;
import dev.kubeward.core.check.CheckInfo;
import dev.kubeward.core.check.CheckOptions;
import dev.kubeward.core.check.Findings;
import dev.kubeward.core.check.Severity;
import dev.kubeward.core.index.IndexedResource;
import dev.kubeward.core.index.ResourceIndex;
import dev.kubeward.netpol.model.Direction;
import dev.kubeward.netpol.model.NetworkPolicy;
import dev.kubeward.netpol.model.Peer;
import dev.kubeward.netpol.model.Pod;
import dev.kubeward.netpol.model.Rule;
import java.util.List;
import java.util.Optional;

/**
 * A workload of a sensitive namespace that may connect to any internet address: not isolated for
 * egress, or an egress rule without peers or with an ipBlock {@code 0.0.0.0/0} ({@code ::/0}).
 * Code running there (a control-plane add-on, a secrets operator) holds credentials worth
 * stealing, and open egress is the way out. Sensitive: {@code kube-system}, namespaces labelled
 * {@code kubeward.dev/sensitive: "true"}, and those listed in the check option {@code namespaces}.
 */
@CheckInfo(
    id = "KW-0307",
    summary = "Workload of a sensitive namespace may connect to the internet",
    severity = Severity.MEDIUM,
    category = Category.NETWORK_EXPOSURE,
    remediation = "Isolate the workload for egress and allow only DNS, the API server and the addresses it needs.",
    references = {"mitre:T1041", "mitre:T1567", "nsa:network/network-policies"})
public final class SensitiveEgressToInternet extends NetworkCheck {

  SensitiveEgressToInternet(NetworkScan scan) {
    super(scan);
  }

  /** The option {@code namespaces} of the options last asked for: one scan asks with the same options for every workload. */
  private volatile Extra extra;

  private record Extra(CheckOptions options, List<String> namespaces) {}

  /** {@code options.strings("namespaces")}, read once per options (they are immutable) rather than for every workload. */
  private List<String> extraNamespaces(CheckOptions options) {
    Extra e = extra;
    if (e == null || e.options() != options) {
      e = new Extra(options, options.strings("namespaces"));
      extra = e;
    }
    return e.namespaces();
  }

  @Override
  public void check(IndexedResource resource, ResourceIndex index, Findings findings) {
    NetworkFacts facts = facts(index);
    Optional<Pod> pod = facts.topLevelPod(resource);
    if (pod.isEmpty() || !facts.sensitive(pod.get().namespace(), extraNamespaces(findings.options()))) {
      return;
    }
    List<NetworkPolicy> isolating = facts.isolating(pod.get(), Direction.EGRESS);
    String why = null;
    if (isolating.isEmpty()) {
      why = "no NetworkPolicy with policy type Egress selects it";
    }
    for (NetworkPolicy p : isolating) {
      for (Rule r : p.egress()) {
        Optional<Peer.IpBlock> block = NetworkFacts.everyAddress(r);
        if (why == null && (r.allPeers() || block.isPresent()) && !r.connections(Optional.empty()).isEmpty()) {
          why = r.describe() + " of NetworkPolicy " + p.qualifiedName() + " (" + NetworkFacts.at(r.source()) + ") "
              + (r.allPeers() ? "has no to: it allows every destination" : "has the peer " + block.get().describe());
        }
      }
    }
    if (why != null) {
      findings.at(NetworkFacts.nameOf(resource)).report(
          "%s, in sensitive namespace %s, may connect to any internet address: %s",
          pod.get().workload().display(), pod.get().namespace(), why);
    }
  }
}
