package dev.kubeward.rbac;

/**
 * Where a grant holds: cluster-wide (every namespace, and cluster-scoped resources and
 * non-resource URLs), or one namespace (its namespaced resources only).
 *
 * @param namespace empty for cluster-wide
 */
public record Scope(String namespace) implements Comparable<Scope> {

  public static final Scope CLUSTER = new Scope("");

  public static Scope namespace(String namespace) {
    return new Scope(namespace);
  }

  public boolean isCluster() {
    return namespace.isEmpty();
  }

  /** Whether a grant with this scope applies to a request in {@code requestNamespace} ({@code ""}: cluster-scoped). */
  public boolean covers(String requestNamespace) {
    return isCluster() || namespace.equals(requestNamespace);
  }

  /** {@code *} or the namespace: the JSON contract's form. */
  public String display() {
    return isCluster() ? "*" : namespace;
  }

  @Override
  public int compareTo(Scope o) {
    return namespace.compareTo(o.namespace);
  }
}
