package dev.kubeward.checks.rbac;

import dev.kubeward.core.check.Category;
import dev.kubeward.core.check.CheckInfo;
import dev.kubeward.core.check.Findings;
import dev.kubeward.core.check.Severity;
import dev.kubeward.core.model.Field;
import dev.kubeward.rbac.abac.AbacPolicy;

/**
 * {@code resource: "*"} covers every resource, Secrets and subresources such as pods/exec
 * included (ABAC does not tell subresources apart), and {@code nonResourcePath: "*"} every path
 * outside the resource API. Policies for everyone are reported by the broad-subject checks, which
 * name what they cover.
 */
@CheckInfo(
    id = "KW-0243",
    summary = "ABAC policy grants every resource or path",
    severity = Severity.MEDIUM,
    category = Category.IDENTITY,
    remediation = "Name the resource, API group and namespace the subject needs instead of \"*\".",
    references = {"mitre:T1078"})
public final class AbacWildcardResource extends AbacCheck {

  @Override
  void check(AbacPolicy policy, Field spec, Findings findings) {
    if (broad(policy)) {
      return;
    }
    if (policy.resource().equals("*")) {
      findings.at(spec.nearest("resource")).report("ABAC policy for %s covers every resource (%s)%s", subject(policy),
          what(policy), policy.readonly() ? "" : ", with every verb");
    } else if (policy.nonResourcePath().equals("*")) {
      findings.at(spec.nearest("nonResourcePath")).report("ABAC policy for %s covers every non-resource path%s",
          subject(policy), policy.readonly() ? "" : ", with every verb");
    }
  }
}
