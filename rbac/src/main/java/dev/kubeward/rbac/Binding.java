package dev.kubeward.rbac;

import java.util.List;

/**
 * A RoleBinding ({@code namespace} set) or ClusterRoleBinding ({@code namespace} empty). A
 * RoleBinding grants its role's rules in its namespace only, also when the role is a ClusterRole;
 * a ClusterRoleBinding grants them everywhere. ServiceAccount subjects without a namespace are
 * stored with the RoleBinding's namespace (a ClusterRoleBinding's such subjects are dropped with a
 * problem: they match nobody).
 */
public record Binding(BindingKind kind, String namespace, String name, RoleRef roleRef, List<Subject> subjects,
    ObjectSource source) {

  public Binding {
    subjects = List.copyOf(subjects);
  }

  /** The role it refers to: a Role in the binding's namespace, or a ClusterRole. */
  public RoleId roleId() {
    return roleRef.kind() == RoleKind.ROLE ? RoleId.role(namespace, roleRef.name()) : RoleId.clusterRole(roleRef.name());
  }

  public boolean isClusterRoleBinding() {
    return kind == BindingKind.CLUSTER_ROLE_BINDING;
  }

  /** Where it grants: everywhere, or its namespace. */
  public Scope scope() {
    return isClusterRoleBinding() ? Scope.CLUSTER : Scope.namespace(namespace);
  }

  /** {@code ClusterRoleBinding admins}, {@code RoleBinding shop/readers}. */
  public String display() {
    return kind.apiName() + " " + (namespace.isEmpty() ? "" : namespace + "/") + name;
  }

  /** {@code admins}, {@code shop/readers}. */
  public String qualifiedName() {
    return (namespace.isEmpty() ? "" : namespace + "/") + name;
  }

  /** The kinds of binding. */
  public enum BindingKind {
    ROLE_BINDING("RoleBinding"),
    CLUSTER_ROLE_BINDING("ClusterRoleBinding");

    private final String apiName;

    BindingKind(String apiName) {
      this.apiName = apiName;
    }

    public String apiName() {
      return apiName;
    }
  }

  /** A binding's roleRef: a Role (in the binding's namespace) or a ClusterRole, by name. */
  public record RoleRef(RoleKind kind, String name) {}
}
