package dev.kubeward.rbac;

import dev.kubeward.rbac.abac.AbacPolicy;

/** Why a request is allowed: an RBAC grant, an ABAC policy, or membership of system:masters. */
public sealed interface Reason {

  /** A rule of a role, granted by a binding. */
  record RbacGrant(Grant grant) implements Reason {}

  /** A line of an ABAC policy file. */
  record AbacGrant(AbacPolicy policy) implements Reason {}

  /** kube-apiserver allows members of {@code system:masters} everything, before any authorizer. */
  record PrivilegedGroup() implements Reason {}

  private static String aggregatedFrom(Grant g) {
    var owner = g.rule().source().owner();
    return g.role().isAggregated() && !owner.name().equals(g.role().name()) ? ", aggregated from ClusterRole " + owner.name() : "";
  }

  /** For people: {@code ClusterRoleBinding admins -> ClusterRole cluster-admin (rule a.yaml:12)}. */
  default String describe() {
    return switch (this) {
      case RbacGrant g -> g.grant().describeVia() + " (rule " + g.grant().rule().describe() + " at "
          + g.grant().rule().source().location() + aggregatedFrom(g.grant()) + ")";
      case AbacGrant a -> "ABAC policy " + a.policy().location() + " (" + a.policy().describe() + ")";
      case PrivilegedGroup p -> "member of " + ServiceAccounts.MASTERS + ", which kube-apiserver never denies";
    };
  }
}
