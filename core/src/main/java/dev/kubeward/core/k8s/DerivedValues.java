package dev.kubeward.core.k8s;

/**
 * The store behind {@link PodSpecView#derived} and {@link ContainerView#derived}: keys and values
 * alternating in a small array, searched by identity. A view has a few such values, and a map would
 * cost more than the search.
 */
final class DerivedValues {

  /** What {@link #find} gives for a key without a value (a value may itself be null). */
  static final Object ABSENT = new Object();

  private DerivedValues() {}

  /** {@code key}'s value in {@code slots} (null: none yet), or {@link #ABSENT}. */
  static Object find(Object[] slots, Object key) {
    if (slots != null) {
      for (int i = 0; i < slots.length && slots[i] != null; i += 2) {
        if (slots[i] == key) {
          return slots[i + 1];
        }
      }
    }
    return ABSENT;
  }

  /** {@code slots} with {@code key}'s value added: the same array while it has room. */
  static Object[] keep(Object[] slots, Object key, Object value) {
    Object[] d = slots;
    int n = 0;
    if (d == null) {
      d = new Object[8];
    } else {
      while (n < d.length && d[n] != null) {
        n += 2;
      }
      if (n == d.length) {
        d = java.util.Arrays.copyOf(d, 2 * d.length);
      }
    }
    d[n] = key;
    d[n + 1] = value;
    return d;
  }
}
