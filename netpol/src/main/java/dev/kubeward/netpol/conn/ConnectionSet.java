package dev.kubeward.netpol.conn;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

/**
 * An immutable set of connections: for each protocol, the ports allowed. Equal sets are equal
 * objects; {@link #ALL} and {@link #NONE} are shared, and operations return an operand unchanged
 * where they can, so the common cases allocate nothing.
 */
public final class ConnectionSet {

  private static final Protocol[] PROTOCOLS = Protocol.values();
  /** Protocols in the order their names sort, the order np-guard's netpol-analyzer lists them. */
  private static final Protocol[] BY_NAME = Arrays.stream(PROTOCOLS)
      .sorted((a, b) -> a.name().compareTo(b.name())).toArray(Protocol[]::new);

  public static final ConnectionSet NONE = new ConnectionSet(filled(PortSet.NONE));
  public static final ConnectionSet ALL = new ConnectionSet(filled(PortSet.ALL));

  private final PortSet[] ports;

  private ConnectionSet(PortSet[] ports) {
    this.ports = ports;
  }

  private static PortSet[] filled(PortSet p) {
    PortSet[] a = new PortSet[PROTOCOLS.length];
    Arrays.fill(a, p);
    return a;
  }

  /** {@code ports} of {@code protocol}, nothing of the others. */
  public static ConnectionSet of(Protocol protocol, PortSet ports) {
    if (ports.isEmpty()) {
      return NONE;
    }
    PortSet[] a = filled(PortSet.NONE);
    a[protocol.ordinal()] = ports;
    return make(a);
  }

  /** The given ports per protocol; protocols not named have none. */
  public static ConnectionSet of(Map<Protocol, PortSet> ports) {
    PortSet[] a = filled(PortSet.NONE);
    ports.forEach((p, s) -> a[p.ordinal()] = s);
    return make(a);
  }

  private static ConnectionSet make(PortSet[] a) {
    boolean all = true;
    boolean none = true;
    for (PortSet p : a) {
      all &= p.isAll();
      none &= p.isEmpty();
    }
    return all ? ALL : none ? NONE : new ConnectionSet(a);
  }

  public PortSet ports(Protocol protocol) {
    return ports[protocol.ordinal()];
  }

  /** The ports per protocol, for protocols with any. */
  public Map<Protocol, PortSet> byProtocol() {
    Map<Protocol, PortSet> out = new EnumMap<>(Protocol.class);
    for (Protocol p : PROTOCOLS) {
      if (!ports[p.ordinal()].isEmpty()) {
        out.put(p, ports[p.ordinal()]);
      }
    }
    return out;
  }

  public boolean isEmpty() {
    return this == NONE;
  }

  public boolean isAll() {
    return this == ALL;
  }

  public boolean contains(Protocol protocol, int port) {
    return ports[protocol.ordinal()].contains(port);
  }

  /** Whether every connection of {@code other} is in this set. */
  public boolean containsAll(ConnectionSet other) {
    return other.subtract(this).isEmpty();
  }

  public ConnectionSet union(ConnectionSet o) {
    if (this == o || o == NONE || this == ALL) {
      return this;
    }
    if (this == NONE || o == ALL) {
      return o;
    }
    PortSet[] a = new PortSet[PROTOCOLS.length];
    for (int i = 0; i < a.length; i++) {
      a[i] = ports[i].union(o.ports[i]);
    }
    return make(a);
  }

  public ConnectionSet intersect(ConnectionSet o) {
    if (this == o || o == ALL || this == NONE) {
      return this;
    }
    if (this == ALL || o == NONE) {
      return o;
    }
    PortSet[] a = new PortSet[PROTOCOLS.length];
    for (int i = 0; i < a.length; i++) {
      a[i] = ports[i].intersect(o.ports[i]);
    }
    return make(a);
  }

  public ConnectionSet subtract(ConnectionSet o) {
    if (o == NONE || this == NONE) {
      return this;
    }
    if (o == ALL || this == o) {
      return NONE;
    }
    PortSet[] a = new PortSet[PROTOCOLS.length];
    for (int i = 0; i < a.length; i++) {
      a[i] = ports[i].subtract(o.ports[i]);
    }
    return make(a);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ConnectionSet c && Arrays.equals(ports, c.ports);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(ports);
  }

  /**
   * As np-guard's netpol-analyzer writes connections: {@code All Connections}, {@code No
   * Connections}, or protocols in name order with their ports, {@code SCTP 9000,TCP 80,8080-8090,UDP 53}.
   */
  @Override
  public String toString() {
    if (this == ALL) {
      return "All Connections";
    }
    if (this == NONE) {
      return "No Connections";
    }
    StringBuilder sb = new StringBuilder();
    for (Protocol p : BY_NAME) {
      PortSet s = ports[p.ordinal()];
      if (!s.isEmpty()) {
        if (sb.length() > 0) {
          sb.append(',');
        }
        sb.append(p.name()).append(' ').append(s);
      }
    }
    return sb.toString();
  }
}
