package dev.kubeward.rbac;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A Role or ClusterRole. For an aggregated ClusterRole, {@link #rules()} are the rules the
 * aggregation controller gives it (the rules of every ClusterRole its selectors match, in name
 * order, without duplicates) and {@link #statedRules()} what the manifest says, which the controller
 * overwrites.
 *
 * @param rules the rules the authorizer uses, each with the source of the role it is written in
 * @param aggregatedFrom the ClusterRoles whose rules an aggregated role holds, in the controller's order
 */
public record Role(
    RoleId id,
    Map<String, String> labels,
    List<PolicyRule> rules,
    List<PolicyRule> statedRules,
    Optional<AggregationRule> aggregation,
    List<RoleId> aggregatedFrom,
    ObjectSource source) {

  public Role {
    labels = Map.copyOf(labels);
    rules = List.copyOf(rules);
    statedRules = List.copyOf(statedRules);
    aggregatedFrom = List.copyOf(aggregatedFrom);
  }

  public String name() {
    return id.name();
  }

  public boolean isClusterRole() {
    return id.kind() == RoleKind.CLUSTER_ROLE;
  }

  public boolean isAggregated() {
    return aggregation.isPresent();
  }

  /** The same role with the rules aggregation gave it. */
  Role withAggregatedRules(List<PolicyRule> aggregated, List<RoleId> from) {
    return new Role(id, labels, aggregated, statedRules, aggregation, from, source);
  }

  /** Whether any rule alone allows {@code request}. */
  public boolean allows(Request request) {
    for (PolicyRule r : rules) {
      if (r.allows(request)) {
        return true;
      }
    }
    return false;
  }
}
