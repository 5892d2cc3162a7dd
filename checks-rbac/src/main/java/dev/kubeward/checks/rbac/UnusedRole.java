package dev.kubeward.checks.rbac;

import dev.kubeward.core.check.Category;
import dev.kubeward.core.check.CheckInfo;
import dev.kubeward.core.check.Findings;
import dev.kubeward.core.check.Severity;
import dev.kubeward.core.index.IndexedResource;
import dev.kubeward.core.index.ResourceIndex;
import dev.kubeward.rbac.Role;
import java.util.Optional;
import java.util.Set;

/**
 * A role nothing binds, directly or through a ClusterRole that aggregates it, grants nothing: it
 * is left over, or waits for a binding that may hand out more than intended. Judged only when the
 * input has bindings (a set of roles alone is a library, not a cluster); the API server's own
 * roles, meant to be bound by users, are not reported.
 */
@CheckInfo(
    id = "KW-0237",
    summary = "Role is bound nowhere",
    severity = Severity.LOW,
    category = Category.IDENTITY,
    remediation = "Remove the role if nothing needs it, or bind it to the subjects it was written for.",
    references = {"mitre:T1098.006"})
public final class UnusedRole extends RbacCheck {

  UnusedRole(RbacScan scan) {
    super(scan);
  }

  @Override
  public Set<String> kinds() {
    return Set.of("Role", "ClusterRole");
  }

  @Override
  public void check(IndexedResource resource, ResourceIndex index, Findings findings) {
    RbacFacts facts = facts(index);
    Optional<Role> role = facts.role(resource);
    if (role.isEmpty() || !(places(resource) instanceof RbacObject.RolePlaces places) || !facts.hasBindings()
        || Defaults.isDefault(role.get()) || facts.aggregated(role.get().id()) || !facts.granting(role.get().id()).isEmpty()) {
      return;
    }
    findings.at(places.name().anchor()).report(
        "%s is bound by no RoleBinding or ClusterRoleBinding of the input and aggregated into no ClusterRole",
        role.get().id().display());
  }
}
