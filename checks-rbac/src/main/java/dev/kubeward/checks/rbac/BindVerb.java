package dev.kubeward.checks.rbac;

import dev.kubeward.core.check.Category;
import dev.kubeward.core.check.CheckInfo;
import dev.kubeward.core.check.Severity;

import dev.kubeward.rbac.PolicyRule;
import dev.kubeward.rbac.Role;
import java.util.List;

/**
 * The API server refuses a RoleBinding or ClusterRoleBinding to a role whose permissions its
 * author lacks, unless they hold {@code bind} on that role: then they can grant it to anyone,
 * themselves included. With resourceNames, only the roles named can be bound.
 */
@CheckInfo(
    id = "KW-0210",
    summary = "Role can bind roles it does not hold (bind)",
    severity = Severity.HIGH,
    category = Category.IDENTITY,
    remediation = "Remove the bind verb, or limit it with resourceNames to roles that are safe to hand out.",
    references = {"cis:5.1.8", "mitre:T1098.006"})
public final class BindVerb extends RiskyGrantCheck {

  BindVerb(RbacScan scan) {
    super(scan);
  }

  private static final List<Access.Probe> PROBES = List.of(
      Access.Probe.of("rbac.authorization.k8s.io", "roles", List.of("bind"), List.of()),
      Access.Probe.of("rbac.authorization.k8s.io", "clusterroles", List.of("bind"), List.of()));

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
    return "binds roles whose permissions it does not hold (" + grants + ")";
  }
}
