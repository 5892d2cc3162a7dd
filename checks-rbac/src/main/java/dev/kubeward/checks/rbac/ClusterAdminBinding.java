package dev.kubeward.checks.rbac;

import dev.kubeward.core.check.Category;
import dev.kubeward.core.check.CheckInfo;
import dev.kubeward.core.check.Findings;
import dev.kubeward.core.check.Severity;
import dev.kubeward.rbac.Binding;
import dev.kubeward.rbac.PolicyRule;
import dev.kubeward.rbac.Role;
import dev.kubeward.rbac.Subject;
import java.util.List;
import java.util.Optional;

/**
 * cluster-admin holds every permission; the API server binds it to the group system:masters only.
 * Anonymous users, broad groups and default service accounts bound to it are reported by their own
 * checks, with their own severity, not here as well.
 */
@CheckInfo(
    id = "KW-0230",
    summary = "ClusterRole cluster-admin is bound to a subject other than system:masters",
    severity = Severity.HIGH,
    category = Category.IDENTITY,
    remediation = "Bind a role with the permissions the subject needs; keep cluster-admin to the system:masters break-glass group.",
    references = {"cis:5.1.1", "mitre:T1078", "mitre:T1098.006"})
public final class ClusterAdminBinding extends SubjectCheck {

  ClusterAdminBinding(RbacScan scan) {
    super(scan);
  }

  @Override
  void judge(Subject subject, RbacObject.Place at, Binding binding, RbacFacts facts, Findings findings) {
    if (!binding.roleId().equals(dev.kubeward.rbac.RoleId.clusterRole(Defaults.CLUSTER_ADMIN)) || broad(subject)
        || subject.equals(Subject.group(dev.kubeward.rbac.ServiceAccounts.MASTERS))) {
      return;
    }
    findings.at(at.anchor()).report("%s is bound to ClusterRole cluster-admin %s by %s: every permission%s", subject.display(),
        Messages.scope(binding), binding.display(),
        binding.isClusterRoleBinding() ? " on every resource of the cluster" : " in the namespace, Roles and RoleBindings included");
  }
}
