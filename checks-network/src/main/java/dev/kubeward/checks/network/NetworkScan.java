package dev.kubeward.checks.network;

import dev.kubeward.core.index.ResourceIndex;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * Builds the network picture once per scan and hands it to every network check of the scan. One
 * instance is shared by the checks of a catalogue; the picture of an index lives as long as the
 * index does (weakly held), so a finished scan leaves nothing behind.
 */
final class NetworkScan {

  private final Map<ResourceIndex, NetworkFacts> byIndex = new WeakHashMap<>();

  synchronized NetworkFacts facts(ResourceIndex index) {
    return byIndex.computeIfAbsent(index, NetworkFacts::new);
  }
}
