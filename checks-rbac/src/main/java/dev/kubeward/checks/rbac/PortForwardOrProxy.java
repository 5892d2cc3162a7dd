package dev.kubeward.checks.rbac;

import dev.kubeward.core.check.Category;
import dev.kubeward.core.check.CheckInfo;
import dev.kubeward.core.check.Severity;

import dev.kubeward.rbac.PolicyRule;
import dev.kubeward.rbac.Role;
import java.util.List;

/**
 * pods/portforward (create, or get for a WebSocket) and the proxy subresources of pods and
 * services reach a pod's ports through the API server, past Services, Ingresses and
 * NetworkPolicies: internal admin and metrics endpoints become reachable from outside.
 */
@CheckInfo(
    id = "KW-0208",
    summary = "Role can open connections to pods through the API server",
    severity = Severity.MEDIUM,
    category = Category.NETWORK_EXPOSURE,
    remediation = "Grant pods/portforward and the proxy subresources only to the people who debug these workloads, in their namespaces.",
    references = {"mitre:T1090", "mitre:T1046"})
public final class PortForwardOrProxy extends RiskyGrantCheck {

  PortForwardOrProxy(RbacScan scan) {
    super(scan);
  }

  private static final List<String> PROXY = List.of("get", "create", "update", "patch", "delete");
  private static final List<Access.Probe> PROBES = List.of(
      Access.Probe.of(Access.CORE, "pods/portforward", List.of("create", "get"), List.of()),
      Access.Probe.of(Access.CORE, "pods/proxy", PROXY, List.of()),
      Access.Probe.of(Access.CORE, "services/proxy", PROXY, List.of()));

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
    return "connects to pods' ports through the API server (" + grants + "), past NetworkPolicies";
  }
}
