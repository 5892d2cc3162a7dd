package dev.kubeward.checks.network;

import dev.kubeward.core.index.ResourceIndex;
import java.lang.ref.WeakReference;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * Builds the network picture once per scan and hands it to every network check of the scan. One
 * instance is shared by the checks of a catalogue; the picture of an index lives as long as the
 * index does (weakly held), so a finished scan leaves nothing behind.
 */
final class NetworkScan {

  private final Map<ResourceIndex, NetworkFacts> byIndex = new WeakHashMap<>();

  /**
   * The picture handed out last and its index, for the late visits, which ask for it once per
   * resource and check on several threads: they read it without a lock. Both weakly held, so that
   * it keeps nothing alive; while the index lives, {@link #byIndex} holds the picture.
   */
  private record Last(WeakReference<ResourceIndex> index, WeakReference<NetworkFacts> facts) {}

  private volatile Last last;

  NetworkFacts facts(ResourceIndex index) {
    Last l = last;
    if (l != null && l.index().get() == index) {
      NetworkFacts f = l.facts().get();
      if (f != null) {
        return f;
      }
    }
    return build(index);
  }

  private synchronized NetworkFacts build(ResourceIndex index) {
    NetworkFacts f = byIndex.computeIfAbsent(index, NetworkFacts::new);
    last = new Last(new WeakReference<>(index), new WeakReference<>(f));
    return f;
  }
}
