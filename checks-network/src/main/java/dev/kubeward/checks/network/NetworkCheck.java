package dev.kubeward.checks.network;

import dev.kubeward.core.check.IndexCheck;
import dev.kubeward.core.index.ResourceIndex;
import java.util.Set;

/**
 * A network rule: an index check over the scan's one network picture, which {@link NetworkScan}
 * builds on first use and every rule shares. By default it visits the workload kinds.
 */
abstract class NetworkCheck implements IndexCheck {

  private final NetworkScan scan;

  NetworkCheck(NetworkScan scan) {
    this.scan = scan;
  }

  /** The network picture of the scan {@code index} belongs to. */
  @Override
  public final void prepare(ResourceIndex index) {
    facts(index);
  }

  protected final NetworkFacts facts(ResourceIndex index) {
    return scan.facts(index);
  }

  @Override
  public Set<String> kinds() {
    return NetworkFacts.WORKLOAD_KINDS;
  }

  @Override
  public final Set<String> retains() {
    return NetworkFacts.RETAINED;
  }
}
