package dev.kubeward.netpol.analysis;

import dev.kubeward.netpol.conn.Protocol;
import java.util.Locale;
import java.util.Optional;

/** One port of one protocol, as asked about: {@code 8080/TCP}. */
public record PortQuery(int port, Protocol protocol) {

  /**
   * Reads {@code PORT[/PROTOCOL]} (protocol in any case, TCP when left out); empty when it is
   * not one.
   */
  public static Optional<PortQuery> parse(String text) {
    int slash = text.indexOf('/');
    String number = slash < 0 ? text : text.substring(0, slash);
    String protocol = slash < 0 ? "TCP" : text.substring(slash + 1).toUpperCase(Locale.ROOT);
    if (number.isEmpty() || number.length() > 5 || !number.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return Optional.empty();
    }
    int port = Integer.parseInt(number);
    if (port < 1 || port > 65535) {
      return Optional.empty();
    }
    return Protocol.parse(protocol).map(p -> new PortQuery(port, p));
  }

  @Override
  public String toString() {
    return protocol + " " + port;
  }
}
