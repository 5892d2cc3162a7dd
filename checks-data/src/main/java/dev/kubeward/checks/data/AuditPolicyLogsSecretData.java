package dev.kubeward.checks.data;

import dev.kubeward.core.check.Category;
import dev.kubeward.core.check.CheckInfo;
import dev.kubeward.core.check.Findings;
import dev.kubeward.core.check.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Request level logs request bodies (what create, update and patch send); RequestResponse also
 * logs response bodies (what get, list, create, update, patch and delete return). For Secrets,
 * ConfigMaps, TokenReviews and service-account TokenRequests these bodies are credentials, which
 * then sit in the audit log and every system it is shipped to. Only requests whose bodies carry
 * the data are reported, so a rule logging {@code get secrets} at Request (no body) is not.
 */
@CheckInfo(
    id = "KW-0567",
    summary = "Audit policy writes Secret, ConfigMap or token contents to the audit log",
    severity = Severity.HIGH,
    category = Category.AUDIT_LOGGING,
    remediation = "Log secrets, configmaps, serviceaccounts/token and tokenreviews at level Metadata in a rule placed before any Request or RequestResponse rule.",
    references = {"cis:3.2.2", "nsa:logging/audit", "mitre:T1552", "k8s:docs/tasks/debug/debug-cluster/audit/"})
public final class AuditPolicyLogsSecretData extends AuditCheck {

  private static final Set<String> BODY_SENT = Set.of("create", "update", "patch");
  private static final List<String> READ_WRITE = List.of("get", "list", "create", "update", "patch", "delete");

  @Override
  void check(AuditPolicy policy, Findings findings) {
    List<AuditPolicy.Request> requests = new ArrayList<>();
    requests.addAll(policy.requests(READ_WRITE, "", "secrets", "", true));
    requests.addAll(policy.requests(READ_WRITE, "", "configmaps", "", true));
    requests.addAll(policy.requests(List.of("create"), "", "serviceaccounts", "token", true));
    requests.addAll(policy.requests(List.of("create"), "authentication.k8s.io", "tokenreviews", "", false));
    byRule(policy.hits(requests), AuditPolicyLogsSecretData::leaks).forEach((rule, hits) -> findings.at(rule.orElseThrow().levelField())
        .report("%s logs %s at %s: their contents (credentials) end up in the audit log",
            rule.get().label(), examples(hits), rule.get().level()));
  }

  private static boolean leaks(AuditPolicy.Hit h) {
    return h.level().equals("RequestResponse") || (h.level().equals("Request") && BODY_SENT.contains(h.request().verb()));
  }
}
