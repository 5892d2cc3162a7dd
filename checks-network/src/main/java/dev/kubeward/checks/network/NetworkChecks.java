package dev.kubeward.checks.network;

import dev.kubeward.core.check.Check;
import dev.kubeward.core.check.CheckProvider;
import java.util.List;

/**
 * Registers the network checks, each once, in id order. They share one {@link NetworkScan}, so
 * a scan builds its network picture once, whichever of them run.
 */
public final class NetworkChecks implements CheckProvider {

  @Override
  public List<Check> checks() {
    NetworkScan scan = new NetworkScan();
    return List.of(
        new IngressNotIsolated(scan),
        new EgressNotIsolated(scan),
        new NamespaceWithoutDefaultDeny(scan),
        new PolicySelectsNoPod(scan),
        new PolicyPortNotExposed(scan),
        new ReachableFromAllNamespaces(scan),
        new ReachableFromInternet(scan),
        new SensitiveEgressToInternet(scan));
  }
}
