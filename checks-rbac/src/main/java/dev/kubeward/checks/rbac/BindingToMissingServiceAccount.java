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
 * A binding to a service account that does not exist waits for whoever creates one of that
 * name: anyone allowed to create service accounts in the namespace then holds the role. Judged
 * only in namespaces whose ServiceAccounts the input holds; {@code default} always exists.
 */
@CheckInfo(
    id = "KW-0235",
    summary = "Binding names a service account that does not exist",
    severity = Severity.LOW,
    category = Category.IDENTITY,
    remediation = "Fix the service account's name or namespace in the binding, or remove the subject.",
    references = {"mitre:T1136", "mitre:T1098.006"})
public final class BindingToMissingServiceAccount extends SubjectCheck {

  BindingToMissingServiceAccount(RbacScan scan) {
    super(scan);
  }

  @Override
  void judge(Subject subject, RbacObject.Place at, Binding binding, RbacFacts facts, Findings findings) {
    if (subject.kind() != Subject.Kind.SERVICE_ACCOUNT || subject.name().equals("default")) {
      return;
    }
    String ns = subject.namespace().orElse("");
    if (facts.hasServiceAccountsIn(ns) && facts.model().serviceAccount(ns, subject.name()).isEmpty()) {
      findings.at(at.anchor()).report("%s does not exist in the input, which has other ServiceAccounts of namespace %s; whoever creates it gets %s",
          subject.display(), ns, binding.roleId().display());
    }
  }
}
