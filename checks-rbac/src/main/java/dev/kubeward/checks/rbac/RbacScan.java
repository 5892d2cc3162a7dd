package dev.kubeward.checks.rbac;

import dev.kubeward.core.index.ResourceIndex;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * Builds the RBAC picture once per scan and hands it to every RBAC check of the scan. One
 * instance is shared by the checks of a catalogue; the picture of an index lives as long as the
 * index does (weakly held), so a finished scan leaves nothing behind.
 */
final class RbacScan {

  private final Map<ResourceIndex, RbacFacts> byIndex = new WeakHashMap<>();

  synchronized RbacFacts facts(ResourceIndex index) {
    return byIndex.computeIfAbsent(index, RbacFacts::new);
  }
}
