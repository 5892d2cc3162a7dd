package dev.kubeward.checks.rbac;

import dev.kubeward.core.check.IndexCheck;
import dev.kubeward.core.index.Digest;
import dev.kubeward.core.index.IndexedResource;
import dev.kubeward.core.index.ResourceIndex;
import java.util.Set;

/**
 * An RBAC rule: an index check over the scan's one RBAC picture, which {@link RbacScan} builds on
 * first use and every rule shares, from the digests the index keeps of RBAC objects, ServiceAccounts,
 * Namespaces and workloads: no tree is kept for it.
 */
abstract class RbacCheck implements IndexCheck {

  private final RbacScan scan;

  RbacCheck(RbacScan scan) {
    this.scan = scan;
  }

  /** The shared picture maker (one per catalogue). */
  final RbacScan scan() {
    return scan;
  }

  @Override
  public void prepare(ResourceIndex index) {
    facts(index);
  }

  /**
   * Where findings about {@code resource} point, as its digest ({@link RbacFacts#OBJECT}) keeps
   * them; {@link RbacObject.NoPlaces} when it has none (its reading failed).
   */
  static RbacObject.Places places(IndexedResource resource) {
    return resource.digest(RbacFacts.OBJECT).map(RbacObject::places).orElseGet(RbacObject.NoPlaces::new);
  }

  /** The RBAC picture of the scan {@code index} belongs to. */
  final RbacFacts facts(ResourceIndex index) {
    return scan.facts(index);
  }

  /** None: the rules work from their digest ({@link RbacFacts#OBJECT}), which keeps where their findings point. */
  @Override
  public Set<String> retains() {
    return Set.of();
  }

  @Override
  public Set<Digest<?>> digests() {
    return Set.of(RbacFacts.OBJECT);
  }
}
