package dev.kubeward.rbac;

/**
 * A binding that applies to an identity, the subject of the binding that names it, and the role
 * the binding grants: a {@link Grant} for each of the role's rules.
 */
public record RoleGrant(Binding binding, Subject subject, Role role) {

  public Scope scope() {
    return binding.scope();
  }

  /**
   * Compared by the model objects they hold, as {@link Grant}s are: the records' own equality
   * would hash a role's every rule.
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof RoleGrant g && g.binding == binding && g.role == role && g.subject.equals(subject);
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(binding) * 31 + System.identityHashCode(role);
  }
}
