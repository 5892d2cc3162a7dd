package dev.kubeward.rbac;

/**
 * One rule that applies to an identity, and why: the binding that names it (through
 * {@code subject}), the role the binding refers to, the rule, and where it holds.
 */
public record Grant(Binding binding, Subject subject, Role role, PolicyRule rule) {

  public Scope scope() {
    return binding.scope();
  }

  /** A role and one of its rules. */
  public record RoleRule(Role role, PolicyRule rule) {}

  /** {@code ClusterRoleBinding admins -> ClusterRole cluster-admin}. */
  public String describeVia() {
    return binding.display() + " -> " + role.id().display();
  }
}
