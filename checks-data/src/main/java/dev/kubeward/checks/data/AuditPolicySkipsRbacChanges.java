package dev.kubeward.checks.data;

import dev.kubeward.core.check.Category;
import dev.kubeward.core.check.CheckInfo;
import dev.kubeward.core.check.Findings;
import dev.kubeward.core.check.Severity;
import java.util.ArrayList;
import java.util.List;

/** Changes to Roles, ClusterRoles and their bindings are how access is granted, and how an intruder keeps it. */
@CheckInfo(
    id = "KW-0569",
    summary = "Audit policy does not log changes to RBAC roles and bindings",
    severity = Severity.MEDIUM,
    category = Category.AUDIT_LOGGING,
    remediation = "Log create, update, patch, delete and deletecollection of roles, rolebindings, clusterroles and clusterrolebindings (group rbac.authorization.k8s.io) at level Metadata or above.",
    references = {"cis:3.2.2", "nsa:logging/audit", "mitre:T1098", "k8s:docs/tasks/debug/debug-cluster/audit/"})
public final class AuditPolicySkipsRbacChanges extends AuditCheck {

  private static final List<String> WRITES = List.of("create", "update", "patch", "delete", "deletecollection");

  @Override
  void check(AuditPolicy policy, Findings findings) {
    String rbac = "rbac.authorization.k8s.io";
    List<AuditPolicy.Request> requests = new ArrayList<>();
    requests.addAll(policy.requests(WRITES, rbac, "roles", "", true));
    requests.addAll(policy.requests(WRITES, rbac, "rolebindings", "", true));
    requests.addAll(policy.requests(WRITES, rbac, "clusterroles", "", false));
    requests.addAll(policy.requests(WRITES, rbac, "clusterrolebindings", "", false));
    reportUnlogged(policy, policy.hits(requests), "grants of access", findings);
  }
}
