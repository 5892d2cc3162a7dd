package dev.kubeward.checks.rbac;

/**
 * Where a rule takes effect, as its bindings decide: a RoleBinding grants a role's rules in its
 * namespace only, and never for cluster-scoped resources; a ClusterRoleBinding everywhere.
 *
 * @param clusterWide a ClusterRoleBinding grants the rule, so it holds in every namespace
 * @param clusterScoped the rule can reach cluster-scoped resources: its role is a ClusterRole that
 *     a ClusterRoleBinding grants, or that nothing binds yet (whoever binds it decides)
 */
record Reach(boolean clusterWide, boolean clusterScoped) {}
