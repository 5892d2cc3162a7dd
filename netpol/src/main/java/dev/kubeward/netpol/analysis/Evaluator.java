package dev.kubeward.netpol.analysis;

import dev.kubeward.netpol.conn.ConnectionSet;
import dev.kubeward.netpol.ip.IpRange;
import dev.kubeward.netpol.model.Cluster;
import dev.kubeward.netpol.model.Direction;
import dev.kubeward.netpol.model.NetworkPolicy;
import dev.kubeward.netpol.model.Pod;
import dev.kubeward.netpol.model.Rule;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The NetworkPolicy semantics for one pair, straight from the definitions: a pod is isolated in a
 * direction when some policy selecting it has that policy type; then only the union of what the
 * rules of those policies allow passes (rules OR together; a rule allows its ports to or from any
 * of its peers). A connection needs both the source's egress and the destination's ingress to
 * allow it. Addresses outside the cluster have no policies of their own.
 *
 * <p>{@link Connectivity} computes the same for every pair at once; this is the reference it is
 * tested against, and what explanations are built from. Methods taking an {@link IpRange} are
 * exact for a range that no ipBlock boundary cuts (a single address always qualifies).
 */
public final class Evaluator {

  private final Cluster cluster;
  private final Map<String, List<NetworkPolicy>> policiesByNamespace = new HashMap<>();

  public Evaluator(Cluster cluster) {
    this.cluster = cluster;
    for (NetworkPolicy p : cluster.policies()) {
      policiesByNamespace.computeIfAbsent(p.namespace(), k -> new ArrayList<>()).add(p);
    }
  }

  public Cluster cluster() {
    return cluster;
  }

  /** The policies that select {@code pod} and have policy type {@code d}: empty if it is not isolated in {@code d}. */
  public List<NetworkPolicy> isolating(Pod pod, Direction d) {
    List<NetworkPolicy> out = new ArrayList<>();
    for (NetworkPolicy p : policiesByNamespace.getOrDefault(pod.namespace(), List.of())) {
      if (p.isolates(pod, d)) {
        out.add(p);
      }
    }
    return out;
  }

  /** What {@code dst}'s ingress lets in from {@code src}. */
  public ConnectionSet ingress(Pod dst, Pod src) {
    return allowed(dst, Direction.INGRESS, (p, r) -> r.matches(src, cluster.namespaceOf(src), p.namespace()), Optional.of(dst));
  }

  /** What {@code dst}'s ingress lets in from addresses {@code src} outside the cluster. */
  public ConnectionSet ingress(Pod dst, IpRange src) {
    return allowed(dst, Direction.INGRESS, (p, r) -> r.matches(src), Optional.of(dst));
  }

  /** What {@code src}'s egress lets out to {@code dst}. */
  public ConnectionSet egress(Pod src, Pod dst) {
    return allowed(src, Direction.EGRESS, (p, r) -> r.matches(dst, cluster.namespaceOf(dst), p.namespace()), Optional.of(dst));
  }

  /** What {@code src}'s egress lets out to addresses {@code dst} outside the cluster. */
  public ConnectionSet egress(Pod src, IpRange dst) {
    return allowed(src, Direction.EGRESS, (p, r) -> r.matches(dst), Optional.empty());
  }

  /**
   * What {@code pod}'s side allows in direction {@code d}: everything when no policy isolates it,
   * else the union of the rules whose peers match; named ports resolve against {@code portsOf}.
   */
  private ConnectionSet allowed(Pod pod, Direction d, java.util.function.BiPredicate<NetworkPolicy, Rule> peerMatches,
      Optional<Pod> portsOf) {
    List<NetworkPolicy> policies = isolating(pod, d);
    if (policies.isEmpty()) {
      return ConnectionSet.ALL;
    }
    ConnectionSet out = ConnectionSet.NONE;
    for (NetworkPolicy p : policies) {
      for (Rule r : d == Direction.INGRESS ? p.ingress() : p.egress()) {
        if (peerMatches.test(p, r)) {
          out = out.union(r.connections(portsOf));
        }
      }
    }
    return out;
  }

  /** What may go from pod {@code src} to pod {@code dst}: its egress and their ingress both allow it. */
  public ConnectionSet allowed(Pod src, Pod dst) {
    return egress(src, dst).intersect(ingress(dst, src));
  }

  public ConnectionSet allowed(IpRange src, Pod dst) {
    return ingress(dst, src);
  }

  public ConnectionSet allowed(Pod src, IpRange dst) {
    return egress(src, dst);
  }
}
