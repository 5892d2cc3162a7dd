package dev.kubeward.core.index;

import dev.kubeward.core.model.Resource;
import java.util.Optional;
import java.util.Set;

/**
 * What cross-resource checks need to know of each resource of some kinds, read while the
 * resource's whole tree is at hand, in the first pass and on the scan's threads, and kept in the
 * index in place of the tree. A workload's netpol pod or RBAC identity, say: the network and
 * RBAC pictures are then put together from small values, without keeping tens of thousands of
 * pod specs whole until every file is read.
 *
 * <p>A digest is a key: the checks that share one name the same instance (a constant), and the
 * engine reads it once per resource whatever the number of checks asking for it. Read it in the
 * late phase with {@link IndexedResource#digest(Digest)}. Positions a
 * finding will need are kept as {@link dev.kubeward.core.model.Anchor}s.
 *
 * @param <T> the digest's value: small and immutable; it must not hold the resource's tree
 */
public abstract class Digest<T> {

  private final String name;
  private final Set<String> kinds;

  /**
   * @param name what it holds, for messages ("netpol pod")
   * @param kinds the kinds it is read of
   */
  protected Digest(String name, Set<String> kinds) {
    this.name = name;
    this.kinds = Set.copyOf(kinds);
  }

  public final String name() {
    return name;
  }

  public final Set<String> kinds() {
    return kinds;
  }

  /**
   * The digest of {@code r}, one of {@link #kinds()}; empty when there is nothing to keep (a pod
   * spec too malformed to read, say). Called from several threads at once.
   */
  public abstract Optional<T> read(Resource r);

  @Override
  public final String toString() {
    return "Digest[" + name + "]";
  }
}
