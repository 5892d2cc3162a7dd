package dev.kubeward.checks.rbac;

import dev.kubeward.core.check.Category;
import dev.kubeward.core.check.CheckInfo;
import dev.kubeward.core.check.Severity;

import dev.kubeward.rbac.PolicyRule;
import dev.kubeward.rbac.Role;
import java.util.List;

/**
 * Endpoints and EndpointSlices say where a Service's traffic goes: writing them redirects it,
 * to a pod of another namespace or any address (CVE-2021-25740). The built-in edit and admin
 * roles stopped granting it for that reason.
 */
@CheckInfo(
    id = "KW-0221",
    summary = "Role can write Service endpoints",
    severity = Severity.LOW,
    category = Category.NETWORK_EXPOSURE,
    remediation = "Let the endpoint controllers manage endpoints; use Lease objects for leader election.",
    references = {"cve:CVE-2021-25740", "mitre:T1557"})
public final class EndpointsWrite extends RiskyGrantCheck {

  EndpointsWrite(RbacScan scan) {
    super(scan);
  }

  private static final List<Access.Probe> PROBES = List.of(
      Access.Probe.of(Access.CORE, "endpoints", List.of("update", "patch"), List.of("create")),
      Access.Probe.of("discovery.k8s.io", "endpointslices", List.of("update", "patch"), List.of("create")));

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
    return "redirects Service traffic (" + grants + ")";
  }
}
