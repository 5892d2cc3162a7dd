package dev.kubeward.netpol.model;

import dev.kubeward.netpol.conn.ConnectionSet;
import dev.kubeward.netpol.conn.PortSet;
import dev.kubeward.netpol.conn.Protocol;
import java.util.Optional;

/**
 * One item of a rule's {@code ports}: a protocol (TCP unless given) and a port number, a range
 * ({@code port} to {@code endPort}), a named port, or no port (every port of the protocol).
 */
public record PolicyPort(Protocol protocol, Optional<Port> port, Source source) {

  /** A port number or range, or a name resolved against the destination pod's container ports. */
  public sealed interface Port {}

  /** {@code port}, or {@code port} to {@code endPort}. */
  public record Numbers(int start, int end) implements Port {}

  /** A container port's name. */
  public record Named(String name) implements Port {}

  /**
   * What this port allows towards {@code destination}: a named port resolves to the number of
   * the destination pod's container port of that name and the same protocol, and allows nothing
   * when the pod has none (or when the destination is outside the cluster, where no name exists).
   */
  public ConnectionSet connections(Optional<Pod> destination) {
    if (port.isEmpty()) {
      return ConnectionSet.of(protocol, PortSet.ALL);
    }
    return switch (port.get()) {
      case Numbers n -> ConnectionSet.of(protocol, PortSet.range(n.start(), n.end()));
      case Named n -> destination.flatMap(d -> d.namedPort(n.name()))
          .filter(cp -> cp.protocol() == protocol)
          .map(cp -> ConnectionSet.of(protocol, PortSet.of(cp.port())))
          .orElse(ConnectionSet.NONE);
    };
  }

  public boolean named() {
    return port.filter(p -> p instanceof Named).isPresent();
  }

  /** {@code TCP 80}, {@code UDP 8000-8100}, {@code TCP http}, {@code SCTP (all ports)}. */
  public String describe() {
    return protocol + " " + port.map(p -> switch (p) {
      case Numbers n -> n.start() == n.end() ? String.valueOf(n.start()) : n.start() + "-" + n.end();
      case Named n -> n.name();
    }).orElse("(all ports)");
  }
}
