package dev.kubeward.rbac.paths;

import java.util.Locale;
import java.util.Optional;

/** Where escalation paths lead. */
public enum Target {
  /** Every verb on every resource cluster-wide. */
  CLUSTER_ADMIN("cluster-admin"),
  /** Reading secrets, in any namespace. */
  SECRETS("secrets"),
  /** Running code on nodes. */
  NODES("nodes");

  private final String label;

  Target(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public static Optional<Target> parse(String s) {
    for (Target t : values()) {
      if (t.label.equals(s.toLowerCase(Locale.ROOT))) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  /** Whether reaching {@code c} reaches this target. */
  boolean reachedBy(Capability c) {
    return switch (this) {
      case CLUSTER_ADMIN -> c.kind() == Capability.Kind.CLUSTER_ADMIN;
      case SECRETS -> c.kind() == Capability.Kind.READ_SECRETS;
      case NODES -> c.kind() == Capability.Kind.NODES;
    };
  }
}
