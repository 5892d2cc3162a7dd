package dev.kubeward.netpol.analysis;

import dev.kubeward.netpol.conn.ConnectionSet;
import dev.kubeward.netpol.model.Direction;
import dev.kubeward.netpol.model.NetworkPolicy;
import dev.kubeward.netpol.model.Peer;
import dev.kubeward.netpol.model.Rule;
import java.util.List;
import java.util.Optional;

/**
 * Why a connection is allowed or denied: the source's egress and the destination's ingress,
 * each with the policies that isolate it and, for every rule of theirs, whether it chooses the
 * other end and what it allows.
 *
 * @param query the port asked about, if one was
 * @param allowed what may go from source to destination (both sides allow it)
 * @param notes what the reader should know about how the answer was reached
 */
public record Explanation(Endpoint source, Endpoint destination, Optional<PortQuery> query, ConnectionSet allowed,
    Side egress, Side ingress, List<String> notes) {

  public Explanation {
    notes = List.copyOf(notes);
  }

  /** The verdict: the port asked about is allowed, or (without a port) anything at all is. */
  public boolean isAllowed() {
    return query.map(q -> allowed.contains(q.protocol(), q.port())).orElse(!allowed.isEmpty());
  }

  /** How a side decides. */
  public enum Kind {
    /** Outside the cluster: no policy applies there. */
    EXTERNAL,
    /** No policy with this policy type selects the pod: everything passes this side. */
    NOT_ISOLATED,
    /** Policies select the pod: only what their rules allow passes. */
    ISOLATED
  }

  /**
   * One side of the connection.
   *
   * @param subject the endpoint whose policies decide this side (the source for egress)
   * @param allowed what this side lets through towards the other end
   */
  public record Side(Direction direction, Endpoint subject, Kind kind, List<PolicyVerdict> policies, ConnectionSet allowed) {

    public Side {
      policies = List.copyOf(policies);
    }

    /** Whether this side lets the port asked about (or anything) through. */
    public boolean allows(Optional<PortQuery> query) {
      return query.map(q -> allowed.contains(q.protocol(), q.port())).orElse(!allowed.isEmpty());
    }
  }

  /** A policy isolating one side, and what each of its rules in that direction does. */
  public record PolicyVerdict(NetworkPolicy policy, List<RuleVerdict> rules, ConnectionSet allowed) {
    public PolicyVerdict {
      rules = List.copyOf(rules);
    }
  }

  /**
   * One rule: whether it chooses the other end (any peer, or the first of its peers that does)
   * and what its ports allow towards the destination.
   *
   * @param peer the peer choosing the other end; empty when none does or the rule has no peers
   * @param chooses whether the rule applies to the other end
   * @param ports what the rule's ports allow towards the destination, named ports resolved
   */
  public record RuleVerdict(Rule rule, Optional<Peer> peer, boolean chooses, ConnectionSet ports) {

    /** What the rule contributes to this pair. */
    public ConnectionSet allowed() {
      return chooses ? ports : ConnectionSet.NONE;
    }
  }
}
