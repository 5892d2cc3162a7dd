package dev.kubeward.checks.data;

import dev.kubeward.core.check.Category;
import dev.kubeward.core.check.CheckInfo;
import dev.kubeward.core.check.Findings;
import dev.kubeward.core.check.Severity;

/** No request that reaches the API server is logged: no rules, or only rules at level None for every request a rule can get. */
@CheckInfo(
    id = "KW-0565",
    summary = "Audit policy logs no request at all",
    severity = Severity.HIGH,
    category = Category.AUDIT_LOGGING,
    remediation = "Log at least Metadata for every request: end the rules with a rule that has level Metadata and no conditions.",
    references = {"cis:3.2.1", "nsa:logging/audit", "mitre:T1562", "k8s:docs/tasks/debug/debug-cluster/audit/"})
public final class AuditPolicyLogsNothing extends AuditCheck {

  @Override
  void check(AuditPolicy policy, Findings findings) {
    if (policy.rules().isEmpty()) {
      findings.at(policy.rulesField()).report("the policy has no rules: no request is logged");
      return;
    }
    boolean logs = policy.hits(policy.universe(AuditPolicy.REQUEST_VERBS)).stream().anyMatch(h -> !h.level().equals("None"));
    if (!logs) {
      var first = policy.rules().stream().filter(AuditPolicy.Rule::unconditional).findFirst();
      findings.at(first.map(AuditPolicy.Rule::levelField).orElse(policy.rulesField())).report(
          "every request is either dropped by a level None rule or matched by no rule: the policy logs nothing");
    }
  }
}
