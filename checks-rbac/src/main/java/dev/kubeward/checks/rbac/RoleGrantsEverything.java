package dev.kubeward.checks.rbac;

import dev.kubeward.core.check.Category;
import dev.kubeward.core.check.CheckInfo;
import dev.kubeward.core.check.Severity;

import dev.kubeward.rbac.PolicyRule;
import dev.kubeward.rbac.Role;
import java.util.List;

/**
 * A rule with {@code *} verbs, API groups and resources is cluster-admin's rule: granted by a
 * ClusterRoleBinding it is cluster-admin; granted in a namespace it is that namespace's
 * administrator, Roles and RoleBindings included.
 */
@CheckInfo(
    id = "KW-0200",
    summary = "Role grants every verb on every resource",
    severity = Severity.CRITICAL,
    category = Category.IDENTITY,
    remediation = "Grant only the verbs and resources the subject needs; keep this power to the system:masters break-glass group.",
    references = {"cis:5.1.1", "cis:5.1.3", "mitre:T1078", "mitre:T1098.006"})
public final class RoleGrantsEverything extends RiskyGrantCheck {

  RoleGrantsEverything(RbacScan scan) {
    super(scan);
  }

  @Override
  boolean judgesEverything() {
    return true;
  }

  @Override
  List<String> grants(PolicyRule rule, Role role, Reach reach) {
    return rule.grantsEverything() ? List.of("* on */*") : List.of();
  }

  @Override
  String risk(String grants, Reach reach) {
    if (reach.clusterWide()) {
      return "grants every verb on every resource of every API group, in every namespace: the power of cluster-admin";
    }
    return reach.clusterScoped()
        ? "grants every verb on every resource of every API group: the power of cluster-admin once a ClusterRoleBinding grants it"
        : "grants every verb on every resource of every API group in the namespace it is granted in, Roles and RoleBindings included";
  }
}
