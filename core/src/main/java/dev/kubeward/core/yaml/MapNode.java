package dev.kubeward.core.yaml;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A YAML mapping or JSON object with string keys, in source order. Keys are unique: the loader
 * reports duplicates and keeps the last value, as Kubernetes' JSON conversion would.
 *
 * <p>Laid out for lookups, which every check makes by the thousand on trees no longer in the
 * processor's cache: the key texts and the values alternate in one array, so finding a field
 * touches this node, that array and the value, not a list, an entry and a key node on the way.
 * The key texts of the fast YAML path are the interned strings the code's literals are
 * ({@link SharedStrings#key}), so a lookup by a literal mostly compares references. The keys'
 * positions are in an array of their own, read only for a finding; {@link #entries()} is made on
 * first call.
 */
public final class MapNode implements Node {

  /** One key and its value; the key carries the position a finding about the field points to. */
  public record Entry(ScalarNode key, Node value) {
    public String name() {
      return key.value();
    }
  }

  private static final int PLAIN = 1 << 31;

  /** Key text, value, key text, value, ... in source order. */
  private final Object[] slots;
  /** Per key: its line (bit 31 set for a plain key) and its column. */
  private final int[] keyPositions;
  private final int line;
  private final int column;
  /**
   * The entries, made on the first call of {@link #entries()}. Racy but safe: the list is
   * immutable, so a thread sees it whole or makes an equal one.
   */
  private List<Entry> entries;

  public MapNode(List<Entry> entries, int line, int column) {
    int n = entries.size();
    this.slots = new Object[2 * n];
    this.keyPositions = new int[2 * n];
    for (int i = 0; i < n; i++) {
      Entry e = entries.get(i);
      put(i, e.key(), e.value());
    }
    this.line = line;
    this.column = column;
  }

  /** The first {@code n} keys and values of the two arrays, as the loader read them. */
  MapNode(ScalarNode[] keys, Node[] values, int n, int line, int column) {
    this.slots = new Object[2 * n];
    this.keyPositions = new int[2 * n];
    for (int i = 0; i < n; i++) {
      put(i, keys[i], values[i]);
    }
    this.line = line;
    this.column = column;
  }

  private void put(int i, ScalarNode key, Node value) {
    slots[2 * i] = key.value();
    slots[2 * i + 1] = java.util.Objects.requireNonNull(value);
    keyPositions[2 * i] = key.line() | (key.plain() ? PLAIN : 0);
    keyPositions[2 * i + 1] = key.column();
  }

  /** The entries in source order, as key nodes and values. */
  public List<Entry> entries() {
    List<Entry> e = entries;
    if (e == null) {
      List<Entry> made = new ArrayList<>(size());
      for (int i = 0, n = size(); i < n; i++) {
        made.add(new Entry(key(i), value(i)));
      }
      e = List.copyOf(made);
      entries = e;
    }
    return e;
  }

  /** The text of the key of entry {@code i}. */
  public String name(int i) {
    return (String) slots[2 * i];
  }

  /** The value of entry {@code i}. */
  public Node value(int i) {
    return (Node) slots[2 * i + 1];
  }

  /** The key of entry {@code i}, with its position. */
  public ScalarNode key(int i) {
    int l = keyPositions[2 * i];
    return ScalarNode.of(name(i), (l & PLAIN) != 0, l & ~PLAIN, keyPositions[2 * i + 1]);
  }

  /** The line of the key of entry {@code i}. */
  public int keyLine(int i) {
    return keyPositions[2 * i] & ~PLAIN;
  }

  /** The column of the key of entry {@code i}. */
  public int keyColumn(int i) {
    return keyPositions[2 * i + 1];
  }

  /**
   * The position of the entry {@code key}; -1 if there is none. A linear search: Kubernetes maps are
   * small, and this beats hashing for them. A first pass compares references
   * (a literal and an interned key are one string); only when it finds none are the texts compared.
   */
  public int indexOf(String key) {
    Object[] s = slots;
    for (int i = 0; i < s.length; i += 2) {
      if (s[i] == key) {
        return i >> 1;
      }
    }
    int hash = key.hashCode();
    for (int i = 0; i < s.length; i += 2) {
      String name = (String) s[i];
      if (name.hashCode() == hash && name.equals(key)) {
        return i >> 1;
      }
    }
    return -1;
  }

  public Optional<Node> get(String key) {
    int i = indexOf(key);
    return i < 0 ? Optional.empty() : Optional.of(value(i));
  }

  public int size() {
    return slots.length >> 1;
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
    return "MapNode" + entries();
  }
}
