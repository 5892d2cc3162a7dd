package dev.kubeward.netpol.model;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * An immutable map of labels in key order, as a {@link java.util.TreeMap} of the same entries
 * iterates, compares and prints them, kept in two arrays: a scan keeps one for the pod of every
 * workload, where a tree map is a node per label and a wrapper, and selectors look labels up by key
 * (a binary search of the sorted keys).
 */
public final class Labels extends AbstractMap<String, String> {

  private static final Labels EMPTY = new Labels(new String[0], new String[0]);

  private final String[] keys;
  private final String[] values;

  private Labels(String[] keys, String[] values) {
    this.keys = keys;
    this.values = values;
  }

  /** {@code labels} in key order; the map itself when it is one already. */
  public static Labels copyOf(Map<String, String> labels) {
    if (labels instanceof Labels l) {
      return l;
    }
    String[] pairs = new String[2 * labels.size()];
    int[] n = {0};
    labels.forEach((k, v) -> {
      pairs[n[0]++] = k;
      pairs[n[0]++] = v;
    });
    return ofPairs(pairs, n[0] / 2);
  }

  /**
   * The first {@code count} keys and values of {@code pairs} ({@code key1, value1, key2, ...}) in
   * key order; a key given twice keeps its last value, as {@link java.util.TreeMap#put} does.
   * A key may not be null. The array is not kept.
   */
  public static Labels ofPairs(String[] pairs, int count) {
    if (count == 0) {
      return EMPTY;
    }
    String[] keys = new String[count];
    String[] values = new String[count];
    int n = 0;
    for (int i = 0; i < count; i++) {
      String key = java.util.Objects.requireNonNull(pairs[2 * i]);
      String value = pairs[2 * i + 1];
      // Insertion into the sorted prefix: pods have a handful of labels.
      int at = Arrays.binarySearch(keys, 0, n, key);
      if (at >= 0) {
        values[at] = value;
        continue;
      }
      at = -at - 1;
      System.arraycopy(keys, at, keys, at + 1, n - at);
      System.arraycopy(values, at, values, at + 1, n - at);
      keys[at] = key;
      values[at] = value;
      n++;
    }
    return n == count ? new Labels(keys, values) : new Labels(Arrays.copyOf(keys, n), Arrays.copyOf(values, n));
  }

  @Override
  public int size() {
    return keys.length;
  }

  @Override
  public String get(Object key) {
    int i = key instanceof String k ? Arrays.binarySearch(keys, k) : -1;
    return i >= 0 ? values[i] : null;
  }

  @Override
  public boolean containsKey(Object key) {
    return key instanceof String k && Arrays.binarySearch(keys, k) >= 0;
  }

  /** In key order, without an iterator. */
  @Override
  public void forEach(BiConsumer<? super String, ? super String> action) {
    for (int i = 0; i < keys.length; i++) {
      action.accept(keys[i], values[i]);
    }
  }

  @Override
  public Set<Map.Entry<String, String>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public Iterator<Map.Entry<String, String>> iterator() {
        return new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < keys.length;
          }

          @Override
          public Map.Entry<String, String> next() {
            if (next >= keys.length) {
              throw new NoSuchElementException();
            }
            int i = next++;
            return new AbstractMap.SimpleImmutableEntry<>(keys[i], values[i]);
          }
        };
      }

      @Override
      public int size() {
        return keys.length;
      }
    };
  }
}
