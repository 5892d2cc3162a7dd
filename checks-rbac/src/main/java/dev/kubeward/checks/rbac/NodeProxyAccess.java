package dev.kubeward.checks.rbac;

import dev.kubeward.core.check.Category;
import dev.kubeward.core.check.CheckInfo;
import dev.kubeward.core.check.Severity;

import dev.kubeward.rbac.PolicyRule;
import dev.kubeward.rbac.Role;
import java.util.List;

/**
 * nodes/proxy forwards requests to a node's kubelet with the API server's own credentials: the
 * kubelet's exec, run and attach endpoints run commands in every pod on the node. A GET suffices,
 * through a WebSocket.
 */
@CheckInfo(
    id = "KW-0214",
    summary = "Role can reach the kubelet API through nodes/proxy",
    severity = Severity.HIGH,
    category = Category.HOST_ISOLATION,
    remediation = "Remove nodes/proxy; monitoring reads metrics through nodes/metrics and nodes/stats instead.",
    references = {"cis:5.1.10", "mitre:T1609", "mitre:T1611"})
public final class NodeProxyAccess extends RiskyGrantCheck {

  NodeProxyAccess(RbacScan scan) {
    super(scan);
  }

  private static final List<Access.Probe> PROBES = List.of(
      Access.Probe.of(Access.CORE, "nodes/proxy", List.of("get", "create", "update", "patch", "delete"), List.of()));

  private static final long NEED = Sketch.need(PROBES);

  @Override
  long need() {
    return NEED;
  }

  @Override
  List<String> grants(PolicyRule rule, Role role, Reach reach) {
    return Access.matches(rule, PROBES, reach);
  }

  @Override
  String risk(String grants, Reach reach) {
    return "reaches the kubelet API of nodes (" + grants + "), which runs commands in every pod of the node";
  }
}
