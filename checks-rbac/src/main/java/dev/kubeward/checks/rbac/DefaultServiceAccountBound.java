package dev.kubeward.checks.rbac;

import dev.kubeward.core.check.Category;
import dev.kubeward.core.check.CheckInfo;
import dev.kubeward.core.check.Findings;
import dev.kubeward.core.check.Severity;
import dev.kubeward.rbac.Binding;
import dev.kubeward.rbac.PolicyRule;
import dev.kubeward.rbac.Role;
import dev.kubeward.rbac.Subject;
import java.util.List;
import java.util.Optional;

/**
 * Every pod that names no service account runs as its namespace's default one: permissions
 * granted to it are granted to all of them, present and future.
 */
@CheckInfo(
    id = "KW-0234",
    summary = "A namespace's default service account is granted permissions",
    severity = Severity.MEDIUM,
    category = Category.IDENTITY,
    remediation = "Create a service account for the workload that needs the permissions and bind the role to it; leave default without bindings.",
    references = {"cis:5.1.5", "mitre:T1078.001", "mitre:T1528"})
public final class DefaultServiceAccountBound extends SubjectCheck {

  DefaultServiceAccountBound(RbacScan scan) {
    super(scan);
  }

  @Override
  void judge(Subject subject, RbacObject.Place at, Binding binding, RbacFacts facts, Findings findings) {
    if (subject.kind() != Subject.Kind.SERVICE_ACCOUNT || !subject.name().equals("default")) {
      return;
    }
    Optional<Role> role = facts.resolve(binding);
    List<PolicyRule> beyond = role.map(r -> Discovery.beyond(r, Discovery.SERVICE_ACCOUNTS)).orElse(List.of());
    if (!beyond.isEmpty()) {
      findings.at(at.anchor()).report("%s, which every pod of namespace %s runs as unless it names another, is granted %s %s by %s: %s",
          subject.display(), subject.namespace().orElse(""), role.get().id().display(), Messages.scope(binding),
          binding.display(), Discovery.describe(beyond));
    }
  }
}
