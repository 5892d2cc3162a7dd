package dev.kubeward.netpol.model;

import dev.kubeward.netpol.conn.ConnectionSet;
import dev.kubeward.netpol.ip.IpRange;
import java.util.List;
import java.util.Optional;

/**
 * One ingress or egress rule. No peers ({@code from}/{@code to} absent or empty) means every
 * source or destination, in the cluster and outside it; no ports means every port of every
 * protocol. A rule allows its ports to or from any of its peers.
 *
 * @param index the rule's position in the policy's list, from 1
 */
public record Rule(Direction direction, int index, List<Peer> peers, List<PolicyPort> ports, Source source) {

  public Rule {
    peers = List.copyOf(peers);
    ports = List.copyOf(ports);
  }

  public boolean allPeers() {
    return peers.isEmpty();
  }

  /** The peer of this rule, of a policy in {@code policyNamespace}, that chooses {@code pod}, if any. */
  public Optional<Peer> peerMatching(Pod pod, Namespace namespace, String policyNamespace) {
    for (Peer p : peers) {
      if (p instanceof Peer.Pods pods && pods.matches(pod, namespace, policyNamespace)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  public boolean matches(Pod pod, Namespace namespace, String policyNamespace) {
    return allPeers() || peerMatching(pod, namespace, policyNamespace).isPresent();
  }

  /** The peer of this rule that holds every address of {@code range}, if any. */
  public Optional<Peer> peerMatching(IpRange range) {
    for (Peer p : peers) {
      if (p instanceof Peer.IpBlock b && b.contains(range)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  public boolean matches(IpRange range) {
    return allPeers() || peerMatching(range).isPresent();
  }

  /**
   * What the rule allows towards {@code destination} (the pod receiving the traffic; empty for
   * an address outside the cluster), named ports resolved against it.
   */
  public ConnectionSet connections(Optional<Pod> destination) {
    if (ports.isEmpty()) {
      return ConnectionSet.ALL;
    }
    ConnectionSet out = ConnectionSet.NONE;
    for (PolicyPort p : ports) {
      out = out.union(p.connections(destination));
    }
    return out;
  }

  public boolean hasNamedPorts() {
    return ports.stream().anyMatch(PolicyPort::named);
  }

  /** {@code ingress rule 2}. */
  public String describe() {
    return direction.text().toLowerCase(java.util.Locale.ROOT) + " rule " + index;
  }
}
