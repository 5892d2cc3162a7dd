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
 * The group system:serviceaccounts holds every service account of the cluster, and
 * system:serviceaccounts:NAMESPACE every one of that namespace: every pod's token, third-party
 * ones included. By default they hold discovery only.
 */
@CheckInfo(
    id = "KW-0233",
    summary = "Every service account of the cluster or a namespace is granted permissions",
    severity = Severity.MEDIUM,
    category = Category.IDENTITY,
    remediation = "Bind the role to the service accounts that need it, by name.",
    references = {"mitre:T1078", "mitre:T1528"})
public final class AllServiceAccountsAccess extends SubjectCheck {

  AllServiceAccountsAccess(RbacScan scan) {
    super(scan);
  }

  @Override
  void judge(Subject subject, RbacObject.Place at, Binding binding, RbacFacts facts, Findings findings) {
    boolean all = subject.equals(Subject.group(dev.kubeward.rbac.ServiceAccounts.ALL_GROUP));
    if (!all && !(subject.kind() == Subject.Kind.GROUP && subject.name().startsWith(dev.kubeward.rbac.ServiceAccounts.GROUP_PREFIX))) {
      return;
    }
    Optional<Role> role = facts.resolve(binding);
    List<PolicyRule> beyond = role.map(r -> Discovery.beyond(r, Discovery.SERVICE_ACCOUNTS)).orElse(List.of());
    if (!beyond.isEmpty()) {
      String who = all ? "every service account of the cluster"
          : "every service account of namespace " + subject.name().substring(dev.kubeward.rbac.ServiceAccounts.GROUP_PREFIX.length());
      findings.at(at.anchor()).report("%s (%s) is granted %s %s by %s: %s", subject.display(), who, role.get().id().display(),
          Messages.scope(binding), binding.display(), Discovery.describe(beyond));
    }
  }
}
