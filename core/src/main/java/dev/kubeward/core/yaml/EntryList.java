package dev.kubeward.core.yaml;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A mapping's entries as they are read, for both readers of {@link YamlLoader}: a duplicate key
 * is a problem, and its last value wins in the first key's place (where a map keeps an updated
 * key), as Kubernetes' JSON conversion would have it. The keys and values are kept in two arrays,
 * from which {@link #toMapNode} makes the mapping without an entry object for each.
 */
final class EntryList {

  /** Mappings up to this size find duplicate keys by scanning; larger ones hash them. */
  private static final int LINEAR_KEYS = 16;

  private ScalarNode[] keys = new ScalarNode[8];
  private Node[] values = new Node[8];
  private int size;
  private Map<String, Integer> positions;

  void add(ScalarNode key, Node value, List<YamlProblem> problems) {
    String name = key.value();
    if (positions == null && size >= LINEAR_KEYS) {
      positions = new HashMap<>();
      for (int i = 0; i < size; i++) {
        positions.put(keys[i].value(), i);
      }
    }
    int previous = positions != null ? positions.getOrDefault(name, -1) : indexOf(name);
    if (previous < 0) {
      if (positions != null) {
        positions.put(name, size);
      }
      if (size == keys.length) {
        keys = java.util.Arrays.copyOf(keys, 2 * size);
        values = java.util.Arrays.copyOf(values, 2 * size);
      }
      keys[size] = key;
      values[size++] = value;
      return;
    }
    problems.add(new YamlProblem(
        "duplicate key \"" + name + "\", first at line " + keys[previous].line()
            + ": kubeward reads the last value; kubectl's strict validation rejects duplicates, so keep one",
        key.line(), key.column(), false));
    keys[previous] = key;
    values[previous] = value;
  }

  /** The entries in source order, as a list of their own, for merged keys to be appended to. */
  List<MapNode.Entry> entries() {
    List<MapNode.Entry> out = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      out.add(new MapNode.Entry(keys[i], values[i]));
    }
    return out;
  }

  MapNode toMapNode(int line, int column) {
    return new MapNode(keys, values, size, line, column);
  }

  private int indexOf(String key) {
    for (int i = 0; i < size; i++) {
      if (keys[i].value().equals(key)) {
        return i;
      }
    }
    return -1;
  }
}
