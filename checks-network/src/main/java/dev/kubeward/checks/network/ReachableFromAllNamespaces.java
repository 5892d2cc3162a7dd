package dev.kubeward.checks.network;

import dev.kubeward.core.check.Category;
import dev.kubeward.core.check.CheckInfo;
import dev.kubeward.core.check.Findings;
import dev.kubeward.core.check.Severity;
import dev.kubeward.core.index.IndexedResource;
import dev.kubeward.core.index.ResourceIndex;
import dev.kubeward.netpol.model.Peer;
import dev.kubeward.netpol.model.Rule;
import java.util.Optional;

/**
 * A workload isolated for ingress whose policies still let in every pod of every namespace: an
 * ingress rule without peers, or with a peer {@code namespaceSelector: {}} and no narrowing pod
 * selector. Any compromised pod of the cluster reaches it. Workloads not isolated at all are
 * reported by KW-0300 instead.
 */
@CheckInfo(
    id = "KW-0305",
    summary = "Workload accepts connections from every namespace",
    severity = Severity.MEDIUM,
    category = Category.NETWORK_EXPOSURE,
    remediation = "Narrow the ingress rule to the namespaces (namespaceSelector with labels) and pods (podSelector) that need the workload.",
    references = {"mitre:T1021", "mitre:T1046", "nsa:network/network-policies"})
public final class ReachableFromAllNamespaces extends NetworkCheck {

  ReachableFromAllNamespaces(NetworkScan scan) {
    super(scan);
  }

  @Override
  public void check(IndexedResource resource, ResourceIndex index, Findings findings) {
    reportOpenIngress(resource, index, findings, "from every pod of every namespace", ReachableFromAllNamespaces::everyNamespace);
  }

  private static Optional<String> everyNamespace(Rule r) {
    for (Peer peer : r.peers()) {
      if (peer instanceof Peer.Pods pods && pods.namespaceSelector().filter(s -> s.isEmpty()).isPresent()
          && pods.podSelector().map(s -> s.isEmpty()).orElse(true)) {
        return Optional.of("has the peer " + pods.describe());
      }
    }
    return Optional.empty();
  }
}
