package dev.kubeward.core.k8s;

import java.util.function.Function;

/**
 * The values behind {@link PodSpecView#derived} and {@link ContainerView#derived}: each made once
 * by its key's function and kept with the view, keys and values alternating in a small array
 * searched by identity. A view has a few such values, and a map would cost more than the search.
 * The views extend this class, so that the store costs no object of its own. A view is read on
 * one thread.
 *
 * @param <V> the view
 */
abstract class DerivedValues<V> {

  /**
   * A value derived from a view of type {@code V}: the key it is kept under, and the function that
   * makes it.
   */
  static class Key<V, T> {
    private final Function<V, T> compute;

    Key(Function<V, T> compute) {
      this.compute = compute;
    }
  }

  /** Keys and values in turn; made on first use. */
  private Object[] slots;

  /** {@code key}'s value for this view, made on first call. */
  @SuppressWarnings("unchecked")
  final <T> T derivedValue(Key<V, T> key) {
    if (slots != null) {
      for (int i = 0; i < slots.length && slots[i] != null; i += 2) {
        if (slots[i] == key) {
          return (T) slots[i + 1];
        }
      }
    }
    T value = key.compute.apply((V) this);
    // Kept after the function, which may have kept values of its own.
    keep(key, value);
    return value;
  }

  private void keep(Object key, Object value) {
    int n = 0;
    if (slots == null) {
      slots = new Object[8];
    } else {
      while (n < slots.length && slots[n] != null) {
        n += 2;
      }
      if (n == slots.length) {
        slots = java.util.Arrays.copyOf(slots, 2 * slots.length);
      }
    }
    slots[n] = key;
    slots[n + 1] = value;
  }
}
