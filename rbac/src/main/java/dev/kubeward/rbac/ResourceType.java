package dev.kubeward.rbac;

import java.util.List;

/**
 * A resource type of the API: its group, plural name (what rules name), singular, short names,
 * kind, whether it is namespaced, and its known subresources.
 *
 * @param source {@code built-in} or where the CustomResourceDefinition is written
 */
public record ResourceType(
    String group,
    String resource,
    String singular,
    List<String> shortNames,
    String kind,
    boolean namespaced,
    List<String> subresources,
    String source) {

  public ResourceType {
    shortNames = List.copyOf(shortNames);
    subresources = List.copyOf(subresources);
  }

  /** {@code deployments.apps}, or {@code pods} in the core group. */
  public String qualified() {
    return group.isEmpty() ? resource : resource + "." + group;
  }
}
