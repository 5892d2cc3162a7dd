package dev.kubeward.checks.rbac;

import dev.kubeward.core.check.Category;
import dev.kubeward.core.check.CheckInfo;
import dev.kubeward.core.check.Severity;

import dev.kubeward.rbac.PolicyRule;
import dev.kubeward.rbac.Role;
import java.util.List;

/**
 * Reading a Secret reveals its data: passwords, keys, and the tokens of service accounts.
 * {@code list} and {@code watch} return the data as {@code get} does. A rule limited to
 * resourceNames is not reported: it reads only the Secrets it names, which is the least-privilege
 * form (list and watch then work only with a field selector on those names).
 * This rule is for rules a ClusterRoleBinding grants; {@link SecretsRead} for the others.
 */
@CheckInfo(
    id = "KW-0204",
    summary = "Role reads Secrets in every namespace",
    severity = Severity.HIGH,
    category = Category.IDENTITY,
    remediation = "Bind the role with RoleBindings in the namespaces that need it, or list the Secrets in resourceNames.",
    references = {"cis:5.1.2", "mitre:T1552.007", "mitre:T1528"})
public final class SecretsReadClusterWide extends RiskyGrantCheck {

  SecretsReadClusterWide(RbacScan scan) {
    super(scan);
  }

  @Override
  long need() {
    return SecretsRead.NEED;
  }

  @Override
  List<String> grants(PolicyRule rule, Role role, Reach reach) {
    return reach.clusterWide() ? SecretsRead.reads(rule) : List.of();
  }

  @Override
  String risk(String grants, Reach reach) {
    return SecretsRead.risk(grants, "in every namespace");
  }
}
