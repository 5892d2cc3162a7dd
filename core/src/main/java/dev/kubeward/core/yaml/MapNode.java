package dev.kubeward.core.yaml;

import java.util.List;
import java.util.Optional;

/**
 * A YAML mapping or JSON object with string keys, in source order. Keys are unique: the loader
 * reports duplicates and keeps the last value, as Kubernetes' JSON conversion would.
 */
public final class MapNode implements Node {

  /** One key and its value; the key carries the position a finding about the field points to. */
  public record Entry(ScalarNode key, Node value) {
    public String name() {
      return key.value();
    }
  }

  private final List<Entry> entries;
  private final int line;
  private final int column;

  public MapNode(List<Entry> entries, int line, int column) {
    this.entries = List.copyOf(entries);
    this.line = line;
    this.column = column;
  }

  public List<Entry> entries() {
    return entries;
  }

  /** Linear search: Kubernetes maps are small, and this beats hashing for them. */
  public Optional<Entry> entry(String key) {
    for (int i = 0, n = entries.size(); i < n; i++) {
      Entry e = entries.get(i);
      if (e.key().value().equals(key)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  public Optional<Node> get(String key) {
    return entry(key).map(Entry::value);
  }

  public int size() {
    return entries.size();
  }

  @Override
  public int line() {
    return line;
  }

  @Override
  public int column() {
    return column;
  }

  @Override
  public String toString() {
    return "MapNode" + entries;
  }
}
