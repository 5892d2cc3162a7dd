package dev.kubeward.checks.rbac;

import dev.kubeward.core.check.Category;
import dev.kubeward.core.check.CheckInfo;
import dev.kubeward.core.check.Severity;

import dev.kubeward.rbac.PolicyRule;
import dev.kubeward.rbac.Role;
import java.util.List;

/**
 * Writing RBAC objects hands out what the writer holds to anyone (the API server's escalation
 * check stops it at what the writer holds, unless it also has escalate or bind) and can remove
 * the rules others depend on. Create needs no name; update and patch count for any name.
 */
@CheckInfo(
    id = "KW-0213",
    summary = "Role can change Roles, ClusterRoles or their bindings",
    severity = Severity.MEDIUM,
    category = Category.IDENTITY,
    remediation = "Leave RBAC changes to cluster administrators and the deployment pipeline.",
    references = {"mitre:T1098.006"})
public final class RbacObjectWrite extends RiskyGrantCheck {

  RbacObjectWrite(RbacScan scan) {
    super(scan);
  }

  private static final List<String> CHANGE = List.of("update", "patch");
  private static final List<String> CREATE = List.of("create");
  private static final List<Access.Probe> PROBES = List.of(
      Access.Probe.of("rbac.authorization.k8s.io", "roles", CHANGE, CREATE),
      Access.Probe.of("rbac.authorization.k8s.io", "rolebindings", CHANGE, CREATE),
      Access.Probe.of("rbac.authorization.k8s.io", "clusterroles", CHANGE, CREATE),
      Access.Probe.of("rbac.authorization.k8s.io", "clusterrolebindings", CHANGE, CREATE));

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
    return "changes RBAC objects (" + grants + "), handing what it holds to any subject";
  }
}
