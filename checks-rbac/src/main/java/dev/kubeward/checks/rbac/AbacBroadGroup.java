package dev.kubeward.checks.rbac;

import dev.kubeward.core.check.Category;
import dev.kubeward.core.check.CheckInfo;
import dev.kubeward.core.check.Findings;
import dev.kubeward.core.check.Severity;
import dev.kubeward.core.model.Field;
import dev.kubeward.rbac.abac.AbacPolicy;

/**
 * The groups system:authenticated (every user and service account) and system:unauthenticated
 * (every request without credentials), and the user system:anonymous, stand for everyone or
 * anyone. Read-only policies are reported here; one that also writes is
 * {@link AbacWriteForBroadSubject}'s.
 */
@CheckInfo(
    id = "KW-0241",
    summary = "ABAC policy applies to system:authenticated or unauthenticated requests",
    severity = Severity.HIGH,
    category = Category.IDENTITY,
    remediation = "Name the user or group the policy is for instead of a system group.",
    references = {"mitre:T1078", "mitre:T1190"})
public final class AbacBroadGroup extends AbacCheck {

  @Override
  void check(AbacPolicy policy, Field spec, Findings findings) {
    boolean wildcard = policy.user().equals("*") || policy.group().equals("*");
    if (!wildcard && broad(policy) && policy.readonly()) {
      boolean anonymous = policy.group().equals(dev.kubeward.rbac.ServiceAccounts.UNAUTHENTICATED)
          || policy.user().equals(dev.kubeward.rbac.ServiceAccounts.ANONYMOUS);
      findings.at(subjectField(policy, spec)).report("ABAC policy for %s gives %s read access to %s", subject(policy),
          anonymous ? "every request without credentials" : "every user and service account", what(policy));
    }
  }
}
