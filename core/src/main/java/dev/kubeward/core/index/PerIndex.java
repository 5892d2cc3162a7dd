package dev.kubeward.core.index;

import java.util.function.Function;

/**
 * A picture of the whole scan (the RBAC model, the network policies) built once per index and
 * handed to every check that asks for it. The index itself keeps the picture, so the picture lives
 * exactly as long as its index: a finished scan leaves nothing behind. (A weak map from index to
 * picture would hold each picture strongly until the map's next use after its index is collected,
 * so each young collection would copy the pictures of every scan since the one before.)
 * Thread-safe: the late visits
 * ask for the picture once per resource on several threads, and read it without a lock.
 *
 * @param <T> the picture
 */
public final class PerIndex<T> {

  private final Function<ResourceIndex, T> build;

  /** @param build makes the picture of an index; called once per index, under a lock */
  public PerIndex(Function<ResourceIndex, T> build) {
    this.build = build;
  }

  /** The picture of {@code index}, built on first use. */
  @SuppressWarnings("unchecked")
  public T of(ResourceIndex index) {
    Object p = index.picture(this);
    return p != null ? (T) p : built(index);
  }

  @SuppressWarnings("unchecked")
  private synchronized T built(ResourceIndex index) {
    Object p = index.picture(this);
    if (p == null) {
      p = build.apply(index);
      index.keepPicture(this, p);
    }
    return (T) p;
  }
}
