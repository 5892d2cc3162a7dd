package dev.kubeward.core.model;

import java.util.Optional;

/** Identifies a resource in reports: apiVersion, kind, namespace (absent if not set), name. */
public record ResourceRef(String apiVersion, String kind, Optional<String> namespace, String name) {

  /** {@code Kind/namespace/name} or {@code Kind/name}, for humans. */
  public String display() {
    return kind + "/" + namespace.map(ns -> ns + "/").orElse("") + name;
  }

  /** The API group: empty for the core group. */
  public String group() {
    int slash = apiVersion.indexOf('/');
    return slash < 0 ? "" : apiVersion.substring(0, slash);
  }
}
