package dev.kubeward.checks.data;

import dev.kubeward.core.check.Category;
import dev.kubeward.core.check.CheckInfo;
import dev.kubeward.core.check.Findings;
import dev.kubeward.core.check.Severity;
import dev.kubeward.core.model.Field;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What the API server's validation of an audit policy refuses (it does not start): a rule without
 * a valid level, an unknown stage, a non-resource URL that does not start with {@code /} or has a
 * {@code *} before its end, a rule mixing resources or namespaces with non-resource URLs, an API
 * group that is not a DNS subdomain (a version left in it), resourceNames without resources.
 */
@CheckInfo(
    id = "KW-0572",
    summary = "Audit policy that the API server refuses to load",
    severity = Severity.HIGH,
    category = Category.AUDIT_LOGGING,
    remediation = "Fix the policy as the message says; the API server does not start with an invalid audit policy.",
    references = {"cis:3.2.1", "k8s:docs/tasks/debug/debug-cluster/audit/"})
public final class InvalidAuditPolicy extends AuditCheck {

  private static final Pattern DNS_SUBDOMAIN = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");

  @Override
  void check(AuditPolicy policy, Findings findings) {
    stages(policy.resource().root().get("omitStages"), "the policy", findings);
    for (AuditPolicy.Rule rule : policy.rules()) {
      Optional<Field> level = rule.field().get("level");
      if (level.isEmpty()) {
        findings.at(rule.field()).report("%s has no level: one of None, Metadata, Request, RequestResponse is required", rule.label());
      } else if (!AuditPolicy.LEVELS.contains(rule.level())) {
        findings.at(level.get()).report("%s has level %s: use None, Metadata, Request or RequestResponse (case matters)",
            rule.label(), level.get().text().orElse(level.get().shape()));
      }
      for (Field url : Fields.items(rule.field().get("nonResourceURLs"))) {
        String u = url.text().orElse("");
        if (!u.equals("*") && !u.startsWith("/")) {
          findings.at(url).report("%s: non-resource URL %s must begin with /", rule.label(), u);
        }
        if (!u.isEmpty() && u.substring(0, u.length() - 1).contains("*")) {
          findings.at(url).report("%s: non-resource URL %s may have * only as its last character", rule.label(), u);
        }
      }
      if (!rule.nonResourceURLs().isEmpty() && (!rule.resources().isEmpty() || !rule.namespaces().isEmpty())) {
        findings.at(rule.field().get("nonResourceURLs").orElseThrow()).report(
            "%s applies to both resources and non-resource URLs, which a rule cannot", rule.label());
      }
      for (AuditPolicy.GroupResources gr : rule.resources()) {
        if (!gr.group().isEmpty() && (gr.group().length() > 253 || !DNS_SUBDOMAIN.matcher(gr.group()).matches())) {
          findings.at(gr.field().get("group").orElse(gr.field())).report(
              "%s: group %s is not a valid API group name (a group has no version: rbac.authorization.k8s.io, not rbac.authorization.k8s.io/v1)",
              rule.label(), gr.group());
        }
        if (!gr.resourceNames().isEmpty() && gr.resources().isEmpty()) {
          findings.at(gr.field().get("resourceNames").orElseThrow()).report("%s: resourceNames needs at least one resource", rule.label());
        }
      }
      stages(rule.field().get("omitStages"), rule.label(), findings);
    }
  }

  private static void stages(Optional<Field> list, String scope, Findings findings) {
    for (Field f : Fields.items(list)) {
      String stage = f.text().orElse("");
      if (!AuditPolicy.STAGES.contains(stage)) {
        findings.at(f).report("%s: omitStages has unknown stage %s: use RequestReceived, ResponseStarted, ResponseComplete or Panic",
            scope, stage);
      }
    }
  }
}
