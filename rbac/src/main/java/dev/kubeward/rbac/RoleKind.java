package dev.kubeward.rbac;

import java.util.Optional;

/** Role or ClusterRole. */
public enum RoleKind {
  ROLE("Role"),
  CLUSTER_ROLE("ClusterRole");

  private final String apiName;

  RoleKind(String apiName) {
    this.apiName = apiName;
  }

  public String apiName() {
    return apiName;
  }

  public static Optional<RoleKind> parse(String apiName) {
    for (RoleKind k : values()) {
      if (k.apiName.equals(apiName)) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }
}
