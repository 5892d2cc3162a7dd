package dev.kubeward.netpol.analysis;

import dev.kubeward.netpol.conn.ConnectionSet;
import dev.kubeward.netpol.ip.IpRange;
import dev.kubeward.netpol.model.Cluster;
import dev.kubeward.netpol.model.Direction;
import dev.kubeward.netpol.model.NetworkPolicy;
import dev.kubeward.netpol.model.Peer;
import dev.kubeward.netpol.model.Pod;
import dev.kubeward.netpol.model.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Explains one connection from the policies' definitions (through {@link Evaluator}'s
 * semantics). A workload is explained through its first pod; when its pods differ in labels or
 * container ports, a note says so.
 */
public final class Explainer {

  private final Evaluator evaluator;

  public Explainer(Cluster cluster) {
    this.evaluator = new Evaluator(cluster);
  }

  public Explanation explain(Endpoint source, Endpoint destination, Optional<PortQuery> query) {
    List<String> notes = new ArrayList<>();
    Optional<Pod> src = pod(source, notes);
    Optional<Pod> dst = pod(destination, notes);
    Explanation.Side egress = src.map(p -> egress(source, p, destination, dst))
        .orElse(new Explanation.Side(Direction.EGRESS, source, Explanation.Kind.EXTERNAL, List.of(), ConnectionSet.ALL));
    Explanation.Side ingress = dst.map(p -> ingress(destination, p, source, src))
        .orElse(new Explanation.Side(Direction.INGRESS, destination, Explanation.Kind.EXTERNAL, List.of(), ConnectionSet.ALL));
    ConnectionSet allowed = src.isEmpty() && dst.isEmpty() ? ConnectionSet.NONE : egress.allowed().intersect(ingress.allowed());
    if (src.isEmpty() && dst.isEmpty()) {
      notes.add("both ends are outside the cluster: NetworkPolicies do not apply to such traffic, and kubeward does not list it");
    }
    return new Explanation(source, destination, query, allowed, egress, ingress, notes);
  }

  private Optional<Pod> pod(Endpoint e, List<String> notes) {
    if (!(e instanceof Endpoint.InCluster w)) {
      return Optional.empty();
    }
    List<Pod> pods = evaluator.cluster().workloads().get(w.workload());
    if (pods == null || pods.isEmpty()) {
      throw new IllegalArgumentException("no workload " + w.display() + " in this cluster");
    }
    Pod first = pods.get(0);
    if (pods.stream().anyMatch(p -> !p.labels().equals(first.labels()) || !p.ports().equals(first.ports()))) {
      notes.add("the pods of " + w.display() + " differ in labels or container ports; this explains pod "
          + first.name() + " (" + first.source() + ")");
    }
    return Optional.of(first);
  }

  private Explanation.Side egress(Endpoint subject, Pod src, Endpoint other, Optional<Pod> dst) {
    List<NetworkPolicy> policies = evaluator.isolating(src, Direction.EGRESS);
    if (policies.isEmpty()) {
      return new Explanation.Side(Direction.EGRESS, subject, Explanation.Kind.NOT_ISOLATED, List.of(), ConnectionSet.ALL);
    }
    return side(Direction.EGRESS, subject, policies, other, dst, dst);
  }

  private Explanation.Side ingress(Endpoint subject, Pod dst, Endpoint other, Optional<Pod> src) {
    List<NetworkPolicy> policies = evaluator.isolating(dst, Direction.INGRESS);
    if (policies.isEmpty()) {
      return new Explanation.Side(Direction.INGRESS, subject, Explanation.Kind.NOT_ISOLATED, List.of(), ConnectionSet.ALL);
    }
    return side(Direction.INGRESS, subject, policies, other, src, Optional.of(dst));
  }

  /**
   * @param otherPod the pod at the other end (empty for an address outside)
   * @param receiver the pod receiving the traffic, against which named ports resolve
   */
  private Explanation.Side side(Direction d, Endpoint subject, List<NetworkPolicy> policies, Endpoint other,
      Optional<Pod> otherPod, Optional<Pod> receiver) {
    List<Explanation.PolicyVerdict> verdicts = new ArrayList<>();
    ConnectionSet allowed = ConnectionSet.NONE;
    for (NetworkPolicy p : policies) {
      List<Explanation.RuleVerdict> rules = new ArrayList<>();
      ConnectionSet policyAllows = ConnectionSet.NONE;
      for (Rule r : p.rules(d)) {
        Optional<Peer> peer = otherPod.isPresent()
            ? r.peerMatching(otherPod.get(), evaluator.cluster().namespaceOf(otherPod.get()), p.namespace())
            : r.peerMatching(range(other));
        boolean chooses = r.allPeers() || peer.isPresent();
        Explanation.RuleVerdict v = new Explanation.RuleVerdict(r, peer, chooses, r.connections(receiver));
        rules.add(v);
        policyAllows = policyAllows.union(v.allowed());
      }
      verdicts.add(new Explanation.PolicyVerdict(p, rules, policyAllows));
      allowed = allowed.union(policyAllows);
    }
    return new Explanation.Side(d, subject, Explanation.Kind.ISOLATED, verdicts, allowed);
  }

  private static IpRange range(Endpoint e) {
    return ((Endpoint.External) e).range();
  }
}
