package dev.kubeward.pss;

import dev.kubeward.core.yaml.MapNode;
import dev.kubeward.core.yaml.Node;
import dev.kubeward.core.yaml.ScalarNode;
import dev.kubeward.core.yaml.Scalars;
import dev.kubeward.core.yaml.SeqNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Reads values straight from the node tree, the way the API server's decoder sees them: a null
 * scalar is an unset field, a value of the wrong type reads as unset (the API server would reject
 * the object; the pod-spec shape report says so). No paths are built here: this is the hot path of
 * every evaluation, and locations are worked out only for the violations found.
 */
final class Nodes {

  private static final Optional<Boolean> TRUE = Optional.of(Boolean.TRUE);
  private static final Optional<Boolean> FALSE = Optional.of(Boolean.FALSE);

  private Nodes() {}

  /** The value at {@code key}, or null when {@code parent} is null or has no such key; no Optional on this path. */
  static Node get(MapNode parent, String key) {
    if (parent == null) {
      return null;
    }
    int i = parent.indexOf(key);
    return i < 0 ? null : parent.value(i);
  }

  /** The mapping at {@code key}, or null when absent, null or not a mapping. */
  static MapNode map(MapNode parent, String key) {
    return get(parent, key) instanceof MapNode m ? m : null;
  }

  static List<Node> list(MapNode parent, String key) {
    return get(parent, key) instanceof SeqNode s ? s.items() : List.of();
  }

  static Optional<Boolean> bool(MapNode parent, String key) {
    if (get(parent, key) instanceof ScalarNode s) {
      Optional<Boolean> b = Scalars.bool(s);
      return b.isEmpty() ? b : b.get() ? TRUE : FALSE;
    }
    return Optional.empty();
  }

  static boolean isTrue(MapNode parent, String key) {
    return bool(parent, key).orElse(false);
  }

  /** A string field; numbers and booleans as written, null and non-scalars unset. */
  static Optional<String> text(MapNode parent, String key) {
    return get(parent, key) instanceof ScalarNode s && !s.isNull() ? Optional.of(s.value()) : Optional.empty();
  }

  /** A string field that Go would read as "" when unset: {@code seccompProfile: {}} has type "". */
  static String string(MapNode parent, String key) {
    return get(parent, key) instanceof ScalarNode s && !s.isNull() ? s.value() : "";
  }

  static OptionalLong integer(MapNode parent, String key) {
    return get(parent, key) instanceof ScalarNode s ? Scalars.integer(s) : OptionalLong.empty();
  }

  /** The strings of a list of strings; other items are left out. */
  static List<String> strings(MapNode parent, String key) {
    List<Node> items = list(parent, key);
    if (items.isEmpty()) {
      return List.of();
    }
    List<String> out = new ArrayList<>(items.size());
    for (Node n : items) {
      if (n instanceof ScalarNode s && !s.isNull()) {
        out.add(s.value());
      }
    }
    return out;
  }

  /** Whether {@code key} is set to something other than null: a Go pointer that is not nil. */
  static boolean isSet(MapNode parent, String key) {
    Node n = get(parent, key);
    return n != null && !(n instanceof ScalarNode s && s.isNull());
  }
}
