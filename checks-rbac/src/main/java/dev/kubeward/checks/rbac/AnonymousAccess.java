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
 * The user system:anonymous and the group system:unauthenticated are whoever reaches the API
 * server without credentials. By default they may read its version, health and readiness, nothing
 * more; anything beyond is open to the network.
 */
@CheckInfo(
    id = "KW-0231",
    summary = "Unauthenticated requests are granted more than the public defaults",
    severity = Severity.CRITICAL,
    category = Category.IDENTITY,
    remediation = "Remove system:anonymous and system:unauthenticated from the binding; grant the permissions to authenticated identities.",
    references = {"mitre:T1190", "mitre:T1078.001"})
public final class AnonymousAccess extends SubjectCheck {

  AnonymousAccess(RbacScan scan) {
    super(scan);
  }

  private static final Subject ANONYMOUS = Subject.user(dev.kubeward.rbac.ServiceAccounts.ANONYMOUS);
  private static final Subject UNAUTHENTICATED = Subject.group(dev.kubeward.rbac.ServiceAccounts.UNAUTHENTICATED);

  @Override
  void judge(Subject subject, RbacObject.Place at, Binding binding, RbacFacts facts, Findings findings) {
    boolean anonymous = subject.equals(ANONYMOUS) || subject.equals(UNAUTHENTICATED);
    if (!anonymous) {
      return;
    }
    Optional<Role> role = facts.resolve(binding);
    List<PolicyRule> beyond = role.map(r -> Discovery.beyond(r, Discovery.UNAUTHENTICATED)).orElse(List.of());
    if (!beyond.isEmpty()) {
      findings.at(at.anchor()).report("%s (every request without credentials) is granted %s %s by %s, beyond the public defaults: %s",
          subject.display(), role.get().id().display(), Messages.scope(binding), binding.display(), Discovery.describe(beyond));
    }
  }
}
