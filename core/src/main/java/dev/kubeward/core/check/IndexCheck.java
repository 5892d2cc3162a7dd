package dev.kubeward.core.check;

import dev.kubeward.core.index.IndexedResource;
import dev.kubeward.core.index.ResourceIndex;
import java.util.Set;

/**
 * A cross-resource check: runs once, after every file is read, over the {@link ResourceIndex}.
 * It visits the resources of the kinds it names and may look up any other resource through the
 * index. By default the whole trees of those kinds are retained for it, in
 * {@link IndexedResource#retained()}; a check that needs less declares its
 * {@linkplain #digests() digests} and narrows {@link #retains()}, and reports at
 * {@link dev.kubeward.core.model.Anchor}s its digests kept. Findings are attributed to the visited
 * resource.
 */
public non-sealed interface IndexCheck extends Check {

  /** The kinds whose resources this check visits. */
  Set<String> kinds();

  /** Kinds whose whole trees the index keeps for this check: by default, those it visits. */
  @Override
  default Set<String> retains() {
    return kinds();
  }

  /**
   * Work all of this check's resources share (a picture of the whole cluster), done before any
   * of them is visited. The engine prepares several checks at once, on several threads, so that
   * independent pictures are built side by side: this must be safe to call concurrently, and
   * cheap when another check has already prepared the same thing.
   */
  default void prepare(ResourceIndex index) {}

  /**
   * Judges one resource of {@link #kinds()}. The engine visits runs of resources on several
   * threads at once: this must be safe to call concurrently (a picture's lazily filled answers
   * behind a lock or a concurrent map).
   */
  void check(IndexedResource resource, ResourceIndex index, Findings findings);
}
