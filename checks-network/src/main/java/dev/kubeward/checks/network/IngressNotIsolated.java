package dev.kubeward.checks.network;

import dev.kubeward.core.check.Category;
import dev.kubeward.core.check.CheckInfo;
import dev.kubeward.core.check.Findings;
import dev.kubeward.core.check.Severity;
import dev.kubeward.core.index.IndexedResource;
import dev.kubeward.core.index.ResourceIndex;
import dev.kubeward.netpol.model.Direction;

/**
 * A pod that no NetworkPolicy isolates for ingress accepts connections from every pod of the
 * cluster and from anywhere the network routes to it: one compromised pod reaches it.
 */
@CheckInfo(
    id = "KW-0300",
    summary = "Workload is not isolated for ingress",
    severity = Severity.MEDIUM,
    category = Category.NETWORK_EXPOSURE,
    remediation = "Add a NetworkPolicy with policy type Ingress that selects the workload's pods (a default deny for the namespace, then rules for what it must receive).",
    references = {"mitre:T1021", "mitre:T1046", "nsa:network/network-policies", "cis:5.3.2"})
public final class IngressNotIsolated extends NetworkCheck {

  IngressNotIsolated(NetworkScan scan) {
    super(scan);
  }

  @Override
  public void check(IndexedResource resource, ResourceIndex index, Findings findings) {
    reportNotIsolated(resource, index, findings, Direction.INGRESS,
        "%s is selected by no NetworkPolicy with policy type Ingress: every pod of the cluster and every address can connect to it");
  }
}
