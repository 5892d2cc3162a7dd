package dev.kubeward.checks.data;

import dev.kubeward.core.check.Category;
import dev.kubeward.core.check.CheckInfo;
import dev.kubeward.core.check.Findings;
import dev.kubeward.core.check.Severity;

/**
 * A request that no rule matches is not logged: the API server's default level is None. A policy
 * that logs nothing at all is {@link AuditPolicyLogsNothing}'s; this one is about the gaps of a
 * policy that does log.
 */
@CheckInfo(
    id = "KW-0566",
    summary = "Audit policy has no catch-all rule: requests no rule names are not logged",
    severity = Severity.MEDIUM,
    category = Category.AUDIT_LOGGING,
    remediation = "End the rules with a rule that has level Metadata and no conditions, so that every other request is logged.",
    references = {"cis:3.2.1", "nsa:logging/audit", "mitre:T1562", "k8s:docs/tasks/debug/debug-cluster/audit/"})
public final class AuditPolicyWithoutCatchAll extends AuditCheck {

  @Override
  void check(AuditPolicy policy, Findings findings) {
    if (policy.rules().isEmpty()) {
      return;
    }
    var hits = policy.hits(policy.universe(AuditPolicy.REQUEST_VERBS));
    if (hits.stream().allMatch(h -> h.level().equals("None"))) {
      return;
    }
    var unmatched = hits.stream().filter(h -> h.rule().isEmpty()).toList();
    if (!unmatched.isEmpty()) {
      findings.at(policy.rulesField()).report("no rule matches some requests (for example %s), and those are not logged",
          examples(unmatched));
    }
  }
}
