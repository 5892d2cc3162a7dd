package dev.kubeward.netpol.conn;

import java.util.Optional;

/** The protocols a NetworkPolicy port names; TCP when a port gives none. */
public enum Protocol {
  TCP, UDP, SCTP;

  private static final Protocol[] ALL = values();

  /** The protocol written exactly {@code text} (the API server accepts upper case only). */
  public static Optional<Protocol> parse(String text) {
    for (Protocol p : ALL) {
      if (p.name().equals(text)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }
}
