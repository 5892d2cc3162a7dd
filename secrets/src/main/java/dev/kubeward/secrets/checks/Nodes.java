package dev.kubeward.secrets.checks;

import dev.kubeward.core.yaml.MapNode;
import dev.kubeward.core.yaml.Node;
import dev.kubeward.core.yaml.ScalarNode;
import dev.kubeward.core.yaml.SeqNode;
import java.util.List;

/**
 * Reads values straight from the node tree as {@link dev.kubeward.core.model.Field} reads them (a
 * null scalar is absent, a value of the wrong shape reads as absent), without building a located
 * field, a path or an {@code Optional} for each: the secrets rules look at every string of many
 * resources and find something in few. A finding's field is located only once it is found.
 */
final class Nodes {

  private Nodes() {}

  /** The value at {@code key} when {@code parent} is a mapping that has it and it is not null; else null. */
  static Node get(Node parent, String key) {
    if (!(parent instanceof MapNode m)) {
      return null;
    }
    int i = m.indexOf(key);
    if (i < 0) {
      return null;
    }
    return present(m.value(i));
  }

  /** A mapping's value as {@link dev.kubeward.core.model.Field} reads it: a null scalar is absent (null). */
  private static Node present(Node value) {
    return value instanceof ScalarNode s && s.isNull() ? null : value;
  }

  /** The items of a sequence; empty for anything else (null included). */
  static List<Node> items(Node node) {
    return node instanceof SeqNode s ? s.items() : List.of();
  }

  private static final MapNode EMPTY = new MapNode(List.of(), 0, 0);

  /** A mapping, read by entry index; an empty one for anything else (null included). */
  static MapNode mapping(Node node) {
    return node instanceof MapNode m ? m : EMPTY;
  }

  /** The text of a non-null scalar (numbers and booleans as written); null for anything else. */
  static String text(Node node) {
    return node instanceof ScalarNode s && !s.isNull() ? s.value() : null;
  }
}
