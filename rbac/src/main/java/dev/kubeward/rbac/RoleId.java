package dev.kubeward.rbac;

import java.util.Comparator;

/**
 * Names a Role ({@code namespace/name}) or a ClusterRole (namespace empty).
 */
public record RoleId(RoleKind kind, String namespace, String name) implements Comparable<RoleId> {

  private static final Comparator<RoleId> ORDER =
      Comparator.comparing(RoleId::kind).thenComparing(RoleId::namespace).thenComparing(RoleId::name);

  public static RoleId clusterRole(String name) {
    return new RoleId(RoleKind.CLUSTER_ROLE, "", name);
  }

  public static RoleId role(String namespace, String name) {
    return new RoleId(RoleKind.ROLE, namespace, name);
  }

  /** {@code ClusterRole admin}, {@code Role shop/reader}. */
  public String display() {
    return kind.apiName() + " " + (namespace.isEmpty() ? "" : namespace + "/") + name;
  }

  @Override
  public int compareTo(RoleId o) {
    return ORDER.compare(this, o);
  }
}
