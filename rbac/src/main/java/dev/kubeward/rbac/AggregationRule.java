package dev.kubeward.rbac;

import dev.kubeward.core.k8s.LabelSelector;
import java.util.List;
import java.util.Map;

/** A ClusterRole's aggregationRule: the ClusterRoles whose rules it collects. */
public record AggregationRule(List<LabelSelector> clusterRoleSelectors) {

  public AggregationRule {
    clusterRoleSelectors = List.copyOf(clusterRoleSelectors);
  }

  /** Whether any selector selects a role with {@code labels}. */
  public boolean selects(Map<String, String> labels) {
    for (LabelSelector s : clusterRoleSelectors) {
      if (s.matches(labels)) {
        return true;
      }
    }
    return false;
  }
}
