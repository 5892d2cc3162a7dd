package dev.kubeward.core.check;

/**
 * A check: a condition and a message. Each kind of check says what it visits; the engine does
 * the traversal, the pod-spec extraction, locations, severities and suppression.
 */
public sealed interface Check permits ResourceCheck, PodSpecCheck, ContainerCheck, IndexCheck {

  /**
   * Kinds whose whole trees the index must keep for this check's conditions
   * ({@link Findings.Reporter#unless}); most checks need none.
   */
  default java.util.Set<String> retains() {
    return java.util.Set.of();
  }

  /**
   * What the index must know of resources for this check's conditions or cross-resource
   * judgement, read in the first pass while their trees are whole; most checks need none.
   */
  default java.util.Set<dev.kubeward.core.index.Digest<?>> digests() {
    return java.util.Set.of();
  }
}
