package dev.kubeward.checks.data;

import dev.kubeward.core.check.Category;
import dev.kubeward.core.check.CheckInfo;
import dev.kubeward.core.check.Findings;
import dev.kubeward.core.check.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * Exec, attach, port-forward and proxy are how a person reaches into a running container. kubectl
 * 1.30 and later open them over WebSockets, a GET, so the audit verb is {@code get}; older clients
 * POST ({@code create}). Both are tried: a rule that logs only {@code create pods/exec} misses
 * today's kubectl.
 */
@CheckInfo(
    id = "KW-0568",
    summary = "Audit policy does not log exec, attach, port-forward or proxy into pods",
    severity = Severity.MEDIUM,
    category = Category.AUDIT_LOGGING,
    remediation = "Log pods/exec, pods/attach, pods/portforward, pods/proxy and services/proxy, for every verb, at level Metadata or above, before any rule that drops them.",
    references = {"cis:3.2.2", "nsa:logging/audit", "mitre:T1609", "k8s:docs/tasks/debug/debug-cluster/audit/"})
public final class AuditPolicySkipsPodExec extends AuditCheck {

  private static final List<String> VERBS = List.of("get", "create");

  @Override
  void check(AuditPolicy policy, Findings findings) {
    List<AuditPolicy.Request> requests = new ArrayList<>();
    for (String sub : List.of("exec", "attach", "portforward", "proxy")) {
      requests.addAll(policy.requests(VERBS, "", "pods", sub, true));
    }
    requests.addAll(policy.requests(VERBS, "", "services", "proxy", true));
    reportUnlogged(policy, policy.hits(requests), "commands run in containers and tunnels into them", findings);
  }
}
