package dev.kubeward.checks.rbac;

import dev.kubeward.core.check.Category;
import dev.kubeward.core.check.CheckInfo;
import dev.kubeward.core.check.Findings;
import dev.kubeward.core.check.Severity;
import dev.kubeward.core.model.Field;
import dev.kubeward.rbac.abac.AbacPolicy;

/**
 * An ABAC policy without {@code readonly: true} allows every verb. For a subject that stands
 * for everyone ({@code *}, system:authenticated, system:unauthenticated, system:anonymous) that is
 * every verb for every user, or for every request without credentials.
 */
@CheckInfo(
    id = "KW-0242",
    summary = "ABAC policy lets everyone write",
    severity = Severity.CRITICAL,
    category = Category.IDENTITY,
    remediation = "Set readonly to true, or name the user or group that needs to write.",
    references = {"mitre:T1078", "mitre:T1190", "mitre:T1098"})
public final class AbacWriteForBroadSubject extends AbacCheck {

  @Override
  void check(AbacPolicy policy, Field spec, Findings findings) {
    if (broad(policy) && !policy.readonly()) {
      findings.at(spec.get("readonly").orElse(subjectField(policy, spec))).report(
          "ABAC policy for %s is not read-only: everyone it names may use every verb on %s", subject(policy), what(policy));
    }
  }
}
