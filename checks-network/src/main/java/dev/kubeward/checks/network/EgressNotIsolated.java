package dev.kubeward.checks.network;

import dev.kubeward.core.check.Category;
import dev.kubeward.core.check.CheckInfo;
import dev.kubeward.core.check.Findings;
import dev.kubeward.core.check.Severity;
import dev.kubeward.core.index.IndexedResource;
import dev.kubeward.core.index.ResourceIndex;
import dev.kubeward.netpol.model.Direction;

/**
 * A pod that no NetworkPolicy isolates for egress may connect anywhere: to every pod of the
 * cluster, to the API server, to cloud metadata endpoints and to the internet, which is how an
 * attacker who runs code in it moves on and sends data out.
 */
@CheckInfo(
    id = "KW-0301",
    summary = "Workload is not isolated for egress",
    severity = Severity.LOW,
    category = Category.NETWORK_EXPOSURE,
    remediation = "Add a NetworkPolicy with policy type Egress that selects the workload's pods, allowing DNS and the destinations it needs.",
    references = {"mitre:T1041", "mitre:T1021", "nsa:network/network-policies", "cis:5.3.2"})
public final class EgressNotIsolated extends NetworkCheck {

  EgressNotIsolated(NetworkScan scan) {
    super(scan);
  }

  @Override
  public void check(IndexedResource resource, ResourceIndex index, Findings findings) {
    reportNotIsolated(resource, index, findings, Direction.EGRESS,
        "%s is selected by no NetworkPolicy with policy type Egress: it can connect to every pod of the cluster and every address");
  }
}
