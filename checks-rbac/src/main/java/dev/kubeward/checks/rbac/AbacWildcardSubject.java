package dev.kubeward.checks.rbac;

import dev.kubeward.core.check.Category;
import dev.kubeward.core.check.CheckInfo;
import dev.kubeward.core.check.Findings;
import dev.kubeward.core.check.Severity;
import dev.kubeward.core.model.Field;
import dev.kubeward.rbac.abac.AbacPolicy;

/**
 * In an ABAC policy, {@code "*"} as user or group means every authenticated user: every
 * person and every service account of the cluster. Read-only policies are reported here; one that
 * also writes is {@link AbacWriteForBroadSubject}'s.
 */
@CheckInfo(
    id = "KW-0240",
    summary = "ABAC policy applies to every user",
    severity = Severity.HIGH,
    category = Category.IDENTITY,
    remediation = "Name the user or group the policy is for instead of \"*\".",
    references = {"mitre:T1078"})
public final class AbacWildcardSubject extends AbacCheck {

  @Override
  void check(AbacPolicy policy, Field spec, Findings findings) {
    boolean wildcard = policy.user().equals("*") || policy.group().equals("*");
    if (wildcard && policy.readonly()) {
      findings.at(subjectField(policy, spec)).report("ABAC policy for %s gives every authenticated user read access to %s",
          subject(policy), what(policy));
    }
  }
}
