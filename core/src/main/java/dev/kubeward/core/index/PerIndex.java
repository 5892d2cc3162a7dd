package dev.kubeward.core.index;

import java.lang.ref.WeakReference;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.function.Function;

/**
 * A picture of the whole scan (the RBAC model, the network policies) built once per index and
 * handed to every check that asks for it. The picture of an index lives as long as the index does
 * (weakly held), so a finished scan leaves nothing behind. Thread-safe: the late visits ask for the
 * picture once per resource on several threads, and read the last one handed out without a lock.
 * A picture must not keep its index: the table holds pictures strongly, so one that did would
 * keep its index, and itself, alive.
 *
 * @param <T> the picture
 */
public final class PerIndex<T> {

  private final Function<ResourceIndex, T> build;
  private final Map<ResourceIndex, T> byIndex = new WeakHashMap<>();

  /**
   * The picture handed out last and its index. Both weakly held, so that it keeps nothing alive;
   * while the index lives, {@link #byIndex} holds the picture.
   */
  private record Last<T>(WeakReference<ResourceIndex> index, WeakReference<T> picture) {}

  private volatile Last<T> last;

  /** @param build makes the picture of an index; called once per index, under a lock */
  public PerIndex(Function<ResourceIndex, T> build) {
    this.build = build;
  }

  /** The picture of {@code index}, built on first use. */
  public T of(ResourceIndex index) {
    Last<T> l = last;
    if (l != null && l.index().get() == index) {
      T p = l.picture().get();
      if (p != null) {
        return p;
      }
    }
    return built(index);
  }

  private synchronized T built(ResourceIndex index) {
    T p = byIndex.computeIfAbsent(index, build);
    last = new Last<>(new WeakReference<>(index), new WeakReference<>(p));
    return p;
  }
}
