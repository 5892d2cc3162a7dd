package dev.kubeward.checks.network;

import dev.kubeward.core.index.PerIndex;
import dev.kubeward.core.index.ResourceIndex;

/**
 * Builds the network picture once per scan and hands it to every network check of the scan. One
 * instance is shared by the checks of a catalogue.
 */
final class NetworkScan {

  private final PerIndex<NetworkFacts> pictures = new PerIndex<>(NetworkFacts::new);

  NetworkFacts facts(ResourceIndex index) {
    return pictures.of(index);
  }
}
