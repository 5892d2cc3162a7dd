package dev.kubeward.rbac.paths;

import dev.kubeward.rbac.Subject;

/** A node of the escalation graph: an identity, or a capability. */
public sealed interface Node {

  /** A user, group or service account. */
  record Identity(Subject subject) implements Node {}

  /** Something an identity can do. */
  record Can(Capability capability) implements Node {}

  /** For people: {@code User alice}, {@code can read secrets in namespace shop}. */
  default String describe() {
    return switch (this) {
      case Identity i -> i.subject().display();
      case Can c -> "can " + c.capability().describe();
    };
  }

  /** A stable id for DOT and Mermaid: {@code sa:shop/web}, {@code read-secrets@shop}. */
  default String id() {
    return switch (this) {
      case Identity i -> i.subject().spec();
      case Can c -> c.capability().id();
    };
  }
}
