package dev.kubeward.checks.rbac;

import dev.kubeward.core.index.PerIndex;
import dev.kubeward.core.index.ResourceIndex;

/**
 * Builds the RBAC picture once per scan and hands it to every RBAC check of the scan. One
 * instance is shared by the checks of a catalogue.
 */
final class RbacScan {

  private final PerIndex<RbacFacts> pictures = new PerIndex<>(RbacFacts::new);

  RbacFacts facts(ResourceIndex index) {
    return pictures.of(index);
  }
}
