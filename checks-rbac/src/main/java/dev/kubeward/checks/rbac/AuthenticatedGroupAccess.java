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
 * The group system:authenticated holds every user the API server authenticates and every
 * service account of every namespace (every pod's token). By default it may discover the API and
 * review its own access; anything beyond is granted to all of them.
 */
@CheckInfo(
    id = "KW-0232",
    summary = "Every authenticated identity is granted more than discovery",
    severity = Severity.HIGH,
    category = Category.IDENTITY,
    remediation = "Bind the role to the groups or service accounts that need it instead of system:authenticated.",
    references = {"mitre:T1078"})
public final class AuthenticatedGroupAccess extends SubjectCheck {

  AuthenticatedGroupAccess(RbacScan scan) {
    super(scan);
  }

  @Override
  void judge(Subject subject, RbacObject.Place at, Binding binding, RbacFacts facts, Findings findings) {
    if (!subject.equals(Subject.group(dev.kubeward.rbac.ServiceAccounts.AUTHENTICATED))) {
      return;
    }
    Optional<Role> role = facts.resolve(binding);
    List<PolicyRule> beyond = role.map(r -> Discovery.beyond(r, Discovery.AUTHENTICATED)).orElse(List.of());
    if (!beyond.isEmpty()) {
      findings.at(at.anchor()).report("%s (every user and every service account) is granted %s %s by %s, beyond discovery: %s",
          subject.display(), role.get().id().display(), Messages.scope(binding), binding.display(), Discovery.describe(beyond));
    }
  }
}
