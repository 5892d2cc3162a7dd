package dev.kubeward.core.model;

import dev.kubeward.core.yaml.SharedStrings;
import java.util.Optional;

/** Identifies a resource in reports: apiVersion, kind, namespace (absent if not set), name. */
public record ResourceRef(String apiVersion, String kind, Optional<String> namespace, String name) {

  /** API versions, kinds and namespaces repeat in every file: one copy of each is kept. */
  public ResourceRef {
    apiVersion = SharedStrings.of(apiVersion);
    kind = SharedStrings.of(kind);
    namespace = namespace.map(SharedStrings::of);
  }

  /** {@code Kind/namespace/name} or {@code Kind/name}, for humans. */
  public String display() {
    return kind + "/" + namespace.map(ns -> ns + "/").orElse("") + name;
  }

  /** The API group: empty for the core group. */
  public String group() {
    String group = GROUPS.get(apiVersion);
    if (group == null) {
      int slash = apiVersion.indexOf('/');
      group = slash < 0 ? "" : apiVersion.substring(0, slash);
      if (GROUPS.size() < MAX_GROUPS) {
        GROUPS.putIfAbsent(apiVersion, group);
      }
    }
    return group;
  }

  /**
   * Each API version's group, worked out once: the readers of the RBAC, network and workload
   * digests ask for it of every resource. Bounded, as input may name any number of versions.
   */
  private static final java.util.concurrent.ConcurrentHashMap<String, String> GROUPS =
      new java.util.concurrent.ConcurrentHashMap<>();

  private static final int MAX_GROUPS = 4096;
}
