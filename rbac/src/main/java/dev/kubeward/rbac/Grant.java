package dev.kubeward.rbac;

/**
 * One rule that applies to an identity, and why: the binding that names it (through
 * {@code subject}), the role the binding refers to, the rule, and where it holds.
 */
public record Grant(Binding binding, Subject subject, Role role, PolicyRule rule) {

  /**
   * Grants are compared by the model objects they hold, which a model has once each: the
   * records' own equality would hash a role's every rule each time a grant goes into a set.
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof Grant g && g.binding == binding && g.role == role && g.rule == rule && g.subject.equals(subject);
  }

  @Override
  public int hashCode() {
    return (System.identityHashCode(binding) * 31 + System.identityHashCode(role)) * 31 + System.identityHashCode(rule);
  }

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
