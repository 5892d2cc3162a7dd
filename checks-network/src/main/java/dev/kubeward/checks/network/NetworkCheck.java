package dev.kubeward.checks.network;

import dev.kubeward.core.check.Findings;
import dev.kubeward.core.check.IndexCheck;
import dev.kubeward.core.index.Digest;
import dev.kubeward.core.index.IndexedResource;
import dev.kubeward.core.index.ResourceIndex;
import dev.kubeward.netpol.model.Direction;
import dev.kubeward.netpol.model.NetworkPolicy;
import dev.kubeward.netpol.model.Pod;
import dev.kubeward.netpol.model.Rule;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

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

  /** None: the picture and every finding's place come from {@link #digests()}. */
  @Override
  public final Set<String> retains() {
    return Set.of();
  }

  @Override
  public final Set<Digest<?>> digests() {
    return NetworkFacts.DIGESTS;
  }

  /**
   * Reports the workload at {@code resource} when no NetworkPolicy isolates its pods in
   * {@code direction}; {@code message} has one {@code %s}, the workload.
   */
  protected final void reportNotIsolated(
      IndexedResource resource, ResourceIndex index, Findings findings, Direction direction, String message) {
    NetworkFacts facts = facts(index);
    Optional<Pod> pod = facts.topLevelPod(resource);
    if (pod.isPresent() && facts.isolating(pod.get(), direction).isEmpty()) {
      findings.at(NetworkFacts.nameOf(resource)).report(message, pod.get().workload().display());
    }
  }

  /**
   * Reports the first ingress rule of the policies isolating the workload at {@code resource}
   * that lets some of its ports in and admits every source (it has no from) or that {@code opens}
   * (which says through which peer); {@code from} names who gets in.
   */
  protected final void reportOpenIngress(IndexedResource resource, ResourceIndex index, Findings findings, String from,
      Function<Rule, Optional<String>> opens) {
    Optional<Pod> pod = facts(index).topLevelPod(resource);
    if (pod.isEmpty()) {
      return;
    }
    for (NetworkPolicy p : facts(index).isolating(pod.get(), Direction.INGRESS)) {
      for (Rule r : p.ingress()) {
        Optional<String> why = r.allPeers() ? Optional.of("has no from: it admits every source") : opens.apply(r);
        if (why.isPresent() && !r.connections(pod).isEmpty()) {
          findings.at(NetworkFacts.nameOf(resource)).report(
              "%s accepts %s " + from + ": %s of NetworkPolicy %s (%s) %s",
              pod.get().workload().display(), r.connections(pod), r.describe(), p.qualifiedName(), NetworkFacts.at(r.source()),
              why.get());
          return;
        }
      }
    }
  }
}
