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
  /** The field this one was read from; null for a root. */
  private final Field parent;
  /**
   * Where this field is in its parent: a list element's index (0 or more), or a map entry's
   * index encoded as {@code -2 - i}; -1 for a root. A map entry's position is its key's, read
   * from the parent mapping when asked: fields are made by the million, and most are read and
   * dropped without a finding.
   */
  private final int index;
  /**
   * The path, made on first use: most fields are read and dropped without a finding, so a read
   * costs one object, not two. A race makes two equal paths, which is harmless: a path is
   * immutable, so either one is seen whole.
   */
  private FieldPath path;

  private Field(Node node, Field parent, int index) {
    this.node = node;
    this.parent = parent;
    this.index = index;
  }

  private static Field entry(Node value, Field parent, int i) {
    return new Field(value, parent, -2 - i);
  }

  public static Field root(Node node) {
    return new Field(node, null, -1);
  }

  public Node node() {
    return node;
  }

  public FieldPath path() {
    FieldPath p = path;
    if (p == null) {
      p = parent == null ? FieldPath.ROOT
          : index < -1 ? parent.path().key(parentMap().name(-2 - index)) : parent.path().index(index);
      path = p;
    }
    return p;
  }

  public int line() {
    return index < -1 ? parentMap().keyLine(-2 - index) : node.line();
  }

  public int column() {
    return index < -1 ? parentMap().keyColumn(-2 - index) : node.column();
  }

  private MapNode parentMap() {
    return (MapNode) parent.node;
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

  /** {@link ScalarNode#isNull}: the null test every field read makes of the value it finds. */
  static boolean isNull(ScalarNode s) {
    return s.isNull();
  }

  /** The entry {@code key} of a mapping; empty if absent, null, or this is not a mapping. */
  public Optional<Field> get(String key) {
    if (node instanceof MapNode m) {
      int i = m.indexOf(key);
      if (i < 0) {
        return Optional.empty();
      }
      Node value = m.value(i);
      if (value instanceof ScalarNode s && isNull(s)) {
        return Optional.empty();
      }
      return Optional.of(entry(value, this, i));
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
    List<Node> nodes = s.items();
    List<Field> out = new ArrayList<>(nodes.size());
    for (int i = 0; i < nodes.size(); i++) {
      out.add(new Field(nodes.get(i), this, i));
    }
    return out;
  }

  /** The entries of a mapping, as fields named by their keys; empty if not a mapping. */
  public List<Entry> entries() {
    if (!(node instanceof MapNode m)) {
      return List.of();
    }
    List<Entry> out = new ArrayList<>(m.size());
    for (int i = 0, n = m.size(); i < n; i++) {
      out.add(new Entry(m.name(i), entry(m.value(i), this, i)));
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
    for (int i = 0, n = m.size(); i < n; i++) {
      if (m.value(i) instanceof ScalarNode s && !isNull(s)) {
        out.put(m.name(i), s.value());
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
    for (int i = 0, n = m.size(); i < n; i++) {
      if (m.value(i) instanceof ScalarNode s && !isNull(s)) {
        out.add(java.util.Map.entry(m.name(i), s.value()));
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
    return path() + "@" + line() + ":" + column();
  }
}
