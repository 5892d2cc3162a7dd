package dev.kubeward.checks.rbac;

import dev.kubeward.core.check.Category;
import dev.kubeward.core.check.CheckInfo;
import dev.kubeward.core.check.Severity;

import dev.kubeward.rbac.PolicyRule;
import dev.kubeward.rbac.Role;
import java.util.List;

/**
 * An APIService (apiregistration.k8s.io) sends every request for an API group and version to a
 * Service of its choosing: whoever writes one receives those requests, with the requesting
 * users' identities, and answers them.
 */
@CheckInfo(
    id = "KW-0220",
    summary = "Role can register API services",
    severity = Severity.HIGH,
    category = Category.IDENTITY,
    remediation = "Leave APIService objects to cluster administrators and the extensions they install.",
    references = {"mitre:T1557", "mitre:T1562.001"})
public final class ApiServiceWrite extends RiskyGrantCheck {

  ApiServiceWrite(RbacScan scan) {
    super(scan);
  }

  private static final List<Access.Probe> PROBES = List.of(
      Access.Probe.of("apiregistration.k8s.io", "apiservices", List.of("update", "patch"), List.of("create")));

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
    return "redirects API groups to a service of its choosing (" + grants + ")";
  }
}
