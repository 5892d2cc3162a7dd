package dev.kubeward.checks.network;

import dev.kubeward.core.check.Category;
import dev.kubeward.core.check.CheckInfo;
import dev.kubeward.core.check.Findings;
import dev.kubeward.core.check.Severity;
import dev.kubeward.core.index.IndexedResource;
import dev.kubeward.core.index.ResourceIndex;

/**
 * A workload isolated for ingress whose policies let in every address outside the cluster: an
 * ingress rule without peers, or with an ipBlock {@code 0.0.0.0/0} ({@code ::/0}), whatever its
 * exceptions. Wherever the network routes to the pod (a LoadBalancer, a NodePort, a flat VPC), the
 * internet reaches it. Workloads not isolated at all are reported by KW-0300 instead.
 */
@CheckInfo(
    id = "KW-0306",
    summary = "Workload accepts connections from any address outside the cluster",
    severity = Severity.MEDIUM,
    category = Category.NETWORK_EXPOSURE,
    remediation = "Replace the open rule with ipBlocks of the client ranges that need the workload, or with the ingress controller's pods.",
    references = {"mitre:T1190", "mitre:T1133", "nsa:network/network-policies"})
public final class ReachableFromInternet extends NetworkCheck {

  ReachableFromInternet(NetworkScan scan) {
    super(scan);
  }

  @Override
  public void check(IndexedResource resource, ResourceIndex index, Findings findings) {
    reportOpenIngress(resource, index, findings, "from any address outside the cluster",
        r -> NetworkFacts.everyAddress(r).map(block -> "has the peer " + block.describe()));
  }
}
