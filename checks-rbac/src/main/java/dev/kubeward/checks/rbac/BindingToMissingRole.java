package dev.kubeward.checks.rbac;

import dev.kubeward.core.check.Category;
import dev.kubeward.core.check.CheckInfo;
import dev.kubeward.core.check.Findings;
import dev.kubeward.core.check.Severity;
import dev.kubeward.core.index.IndexedResource;
import dev.kubeward.core.index.ResourceIndex;
import dev.kubeward.rbac.Binding;
import dev.kubeward.rbac.RoleKind;
import java.util.Optional;
import java.util.Set;

/**
 * A binding to a role that does not exist grants nothing today and, the day someone creates the
 * role, whatever that role holds. Judged only where absence means something: a Role in a
 * namespace whose Roles the input holds, a ClusterRole when the input is a cluster's RBAC (it
 * holds the API server's default objects). The API server's own ClusterRoles always exist, and a
 * role of the input that could not be read (an internal error, reported as such) is not missing.
 */
@CheckInfo(
    id = "KW-0236",
    summary = "Binding refers to a role that does not exist",
    severity = Severity.LOW,
    category = Category.IDENTITY,
    remediation = "Fix the roleRef, create the role the binding expects, or remove the binding.",
    references = {"mitre:T1098.006"})
public final class BindingToMissingRole extends RbacCheck {

  BindingToMissingRole(RbacScan scan) {
    super(scan);
  }

  @Override
  public Set<String> kinds() {
    return Set.of("RoleBinding", "ClusterRoleBinding");
  }

  @Override
  public void check(IndexedResource resource, ResourceIndex index, Findings findings) {
    RbacFacts facts = facts(index);
    Optional<Binding> binding = facts.binding(resource);
    if (binding.isEmpty() || !(places(resource) instanceof RbacObject.BindingPlaces places)
        || facts.model().roleOf(binding.get()).isPresent() || facts.unreadable(binding.get().roleId())) {
      return;
    }
    Binding b = binding.get();
    boolean judged = b.roleId().kind() == RoleKind.ROLE
        ? facts.hasRolesIn(b.namespace()) || facts.clusterDump()
        : facts.clusterDump() && !Defaults.bundledClusterRole(b.roleId().name());
    if (judged) {
      String where = b.roleId().kind() == RoleKind.ROLE ? "Roles of namespace " + b.namespace() : "the cluster's ClusterRoles";
      findings.at(places.roleRefName().anchor()).report(
          "%s refers to %s, which is not among %s in the input; it grants %s whatever a %s of that name will hold",
          b.display(), b.roleId().display(), where, Messages.subjects(b.subjects()), b.roleId().kind().apiName());
    }
  }
}
