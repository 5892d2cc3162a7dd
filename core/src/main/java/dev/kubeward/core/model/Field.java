package dev.kubeward.core.model;

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
 * A located value: a node with its path in the resource and the position a finding about it
 * points to (the key's position for a map entry, the item's for a list element). Accessors never
 * throw on the wrong shape: a value of the wrong type reads as absent, and the workload
 * extraction reports the shape problem once.
 */
public final class Field {

  private final Node node;
  private final FieldPath path;
  private final int line;
  private final int column;

  private Field(Node node, FieldPath path, int line, int column) {
    this.node = node;
    this.path = path;
    this.line = line;
    this.column = column;
  }

  public static Field root(Node node) {
    return new Field(node, FieldPath.ROOT, node.line(), node.column());
  }

  public Node node() {
    return node;
  }

  public FieldPath path() {
    return path;
  }

  public int line() {
    return line;
  }

  public int column() {
    return column;
  }

  public boolean isMap() {
    return node instanceof MapNode;
  }

  public boolean isSeq() {
    return node instanceof SeqNode;
  }

  public boolean isNull() {
    return node instanceof ScalarNode s && isNull(s);
  }

  /**
   * {@link ScalarNode#isNull}, as a switch: it compares hash codes before any text, where a set
   * lookup compares the text of every value that lands on an occupied slot. Every field read
   * asks this of the value it finds, so it is the hottest test of the check pass.
   */
  static boolean isNull(ScalarNode s) {
    return s.plain() && switch (s.value()) {
      case "", "~", "null", "Null", "NULL" -> true;
      default -> false;
    };
  }

  /** The entry {@code key} of a mapping; empty if absent, null, or this is not a mapping. */
  public Optional<Field> get(String key) {
    if (node instanceof MapNode m) {
      // Indexed, not an iterator: this is the hottest loop of the check pass.
      List<MapNode.Entry> entries = m.entries();
      for (int i = 0, n = entries.size(); i < n; i++) {
        MapNode.Entry e = entries.get(i);
        if (e.name().equals(key)) {
          if (e.value() instanceof ScalarNode s && isNull(s)) {
            return Optional.empty();
          }
          return Optional.of(
              new Field(e.value(), path.key(key), e.key().line(), e.key().column()));
        }
      }
    }
    return Optional.empty();
  }

  /** Follows {@code keys} through nested mappings. */
  public Optional<Field> at(String... keys) {
    Field f = this;
    for (String k : keys) {
      Optional<Field> next = f.get(k);
      if (next.isEmpty()) {
        return Optional.empty();
      }
      f = next.get();
    }
    return Optional.of(f);
  }

  /** The deepest field that exists along {@code keys}: where a missing field should be added. */
  public Field nearest(String... keys) {
    Field f = this;
    for (String k : keys) {
      Optional<Field> next = f.get(k);
      if (next.isEmpty()) {
        return f;
      }
      f = next.get();
    }
    return f;
  }

  /** The elements of a sequence; empty if this is not a sequence. */
  public List<Field> items() {
    if (!(node instanceof SeqNode s)) {
      return List.of();
    }
    List<Field> out = new ArrayList<>(s.items().size());
    int i = 0;
    for (Node item : s.items()) {
      out.add(new Field(item, path.index(i++), item.line(), item.column()));
    }
    return out;
  }

  /** The entries of a mapping, as fields named by their keys; empty if not a mapping. */
  public List<Entry> entries() {
    if (!(node instanceof MapNode m)) {
      return List.of();
    }
    List<Entry> out = new ArrayList<>(m.size());
    for (MapNode.Entry e : m.entries()) {
      out.add(
          new Entry(
              e.name(), new Field(e.value(), path.key(e.name()), e.key().line(), e.key().column())));
    }
    return out;
  }

  /**
   * A mapping of strings (labels, annotations, selectors), in source order; values that are not
   * scalars are left out. Empty when the field is absent or not a mapping.
   */
  public static java.util.Map<String, String> stringMap(Optional<Field> field) {
    if (field.isEmpty()) {
      return java.util.Map.of();
    }
    if (!(field.get().node() instanceof MapNode m)) {
      return java.util.Map.of();
    }
    // Straight from the nodes: no located field is needed for a value that is only read.
    java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
    for (MapNode.Entry e : m.entries()) {
      if (e.value() instanceof ScalarNode s && !isNull(s)) {
        out.put(e.name(), s.value());
      }
    }
    return out;
  }

  /**
   * {@link #stringMap} as an immutable map (the order is not kept), built without the ordered map
   * on the way: the index keeps the labels of every resource so.
   */
  @SuppressWarnings("unchecked")
  public static java.util.Map<String, String> immutableStringMap(Optional<Field> field) {
    if (field.isEmpty() || !(field.get().node() instanceof MapNode m)) {
      return java.util.Map.of();
    }
    List<java.util.Map.Entry<String, String>> out = new ArrayList<>(m.size());
    for (MapNode.Entry e : m.entries()) {
      if (e.value() instanceof ScalarNode s && !isNull(s)) {
        out.add(java.util.Map.entry(e.name(), s.value()));
      }
    }
    try {
      return java.util.Map.ofEntries(out.toArray(java.util.Map.Entry[]::new));
    } catch (IllegalArgumentException duplicateKey) {
      // The loader keeps one value per key; a mapping built otherwise keeps its last, as stringMap does.
      return java.util.Map.copyOf(stringMap(field));
    }
  }

  /** A mapping entry as a located field. */
  public record Entry(String key, Field value) {}

  /** The text of a non-null scalar, whatever its type (numbers and booleans as written). */
  public Optional<String> text() {
    if (node instanceof ScalarNode s && !isNull(s)) {
      return Optional.of(s.value());
    }
    return Optional.empty();
  }

  /** A boolean as Kubernetes' decoder reads it; empty for absent or non-boolean values. */
  public Optional<Boolean> bool() {
    return node instanceof ScalarNode s ? Scalars.bool(s) : Optional.empty();
  }

  public OptionalLong integer() {
    return node instanceof ScalarNode s ? Scalars.integer(s) : OptionalLong.empty();
  }

  /** A short name for the node's shape, for messages: mapping, list, string, number, ... */
  public String shape() {
    return switch (node) {
      case MapNode m -> "a mapping";
      case SeqNode s -> "a list";
      case ScalarNode s when isNull(s) -> "null";
      case ScalarNode s when Scalars.bool(s).isPresent() -> "a boolean";
      case ScalarNode s when Scalars.integer(s).isPresent() -> "a number";
      case ScalarNode s -> "a string";
    };
  }

  @Override
  public String toString() {
    return path + "@" + line + ":" + column;
  }
}
