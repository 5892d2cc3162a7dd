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
  /**
   * The hash of each key, made on the first lookup: a lookup then scans one small array instead of
   * following entry, key and string for each key it passes, and every check looks keys up in the
   * same few mappings. Shared without a lock: a thread that sees the array before its values
   * reads zeros, and a zero means "compare the text", so a lookup is right whatever it sees.
   */
  private int[] hashes;

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
    int i = indexOf(key);
    return i < 0 ? Optional.empty() : Optional.of(entries.get(i));
  }

  /** The position of the entry {@code key} in {@link #entries()}; -1 if there is none. */
  public int indexOf(String key) {
    int[] hs = hashes;
    if (hs == null) {
      hs = new int[entries.size()];
      for (int i = 0; i < hs.length; i++) {
        hs[i] = entries.get(i).name().hashCode();
      }
      hashes = hs;
    }
    int hash = key.hashCode();
    for (int i = 0; i < hs.length; i++) {
      int h = hs[i];
      if ((h == hash || h == 0) && entries.get(i).name().equals(key)) {
        return i;
      }
    }
    return -1;
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
