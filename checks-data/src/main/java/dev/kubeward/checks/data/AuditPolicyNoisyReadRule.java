package dev.kubeward.checks.data;

import dev.kubeward.core.check.Category;
import dev.kubeward.core.check.CheckInfo;
import dev.kubeward.core.check.Findings;
import dev.kubeward.core.check.Severity;
import java.util.List;

/**
 * Reads are most of the API server's traffic, and a list response holds every object listed. A
 * RequestResponse rule that reads reach (not only one whose verbs are get, list and watch: any
 * rule that gets them after the rules before it) fills the audit log and the API server's memory
 * with whole objects. Watches are not counted: their events are not logged as responses.
 */
@CheckInfo(
    id = "KW-0570",
    summary = "Audit policy logs full responses of read requests (RequestResponse)",
    severity = Severity.LOW,
    category = Category.AUDIT_LOGGING,
    remediation = "Log get, list and watch at Metadata (or Request) in a rule before the RequestResponse rule, or list only the write verbs on the RequestResponse rule.",
    references = {"nsa:logging/audit", "k8s:docs/tasks/debug/debug-cluster/audit/"})
public final class AuditPolicyNoisyReadRule extends AuditCheck {

  @Override
  void check(AuditPolicy policy, Findings findings) {
    var hits = policy.hits(policy.universe(List.of("get", "list")));
    byRule(hits, h -> h.request().resourceRequest() && h.level().equals("RequestResponse")).forEach((rule, list) -> findings.at(rule.orElseThrow().levelField())
        .report("%s logs whole responses of reads at RequestResponse (for example %s): the audit log fills with every object read",
            rule.get().label(), examples(list)));
  }
}
