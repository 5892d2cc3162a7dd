package dev.kubeward.checks.rbac;

import dev.kubeward.core.check.Category;
import dev.kubeward.core.check.CheckInfo;
import dev.kubeward.core.check.Severity;

import dev.kubeward.rbac.PolicyRule;
import dev.kubeward.rbac.Role;
import java.util.List;

/**
 * The API server refuses to let anyone write a Role or ClusterRole with permissions they lack,
 * unless they hold {@code escalate} on it: then they can write any rule into it, and, bound to it,
 * hold any permission.
 */
@CheckInfo(
    id = "KW-0209",
    summary = "Role can grant permissions it does not hold (escalate)",
    severity = Severity.HIGH,
    category = Category.IDENTITY,
    remediation = "Remove the escalate verb; let cluster administrators change roles.",
    references = {"cis:5.1.8", "mitre:T1098.006"})
public final class EscalateVerb extends RiskyGrantCheck {

  EscalateVerb(RbacScan scan) {
    super(scan);
  }

  private static final List<Access.Probe> PROBES = List.of(
      Access.Probe.of("rbac.authorization.k8s.io", "roles", List.of("escalate"), List.of()),
      Access.Probe.of("rbac.authorization.k8s.io", "clusterroles", List.of("escalate"), List.of()));

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
    return "writes permissions it does not hold into roles (" + grants + ")";
  }
}
