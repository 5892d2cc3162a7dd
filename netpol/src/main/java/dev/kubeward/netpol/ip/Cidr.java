package dev.kubeward.netpol.ip;

import java.util.Optional;

/**
 * A CIDR block as written in an ipBlock ({@code 10.0.0.0/8}, {@code 2001:db8::/32}): its text,
 * its network address (host bits cleared, as the API server reads a CIDR) and prefix length.
 */
public record Cidr(String text, IpAddress network, int prefix) {

  /** A parsed CIDR and what the API server would say of its form. */
  public record Parsed(Cidr cidr, Optional<String> warning) {}

  /**
   * Parses {@code text} as Kubernetes' sloppy CIDR parser does: IPv4 with decimal leading zeros
   * accepted (legacy), host bits set accepted and cleared; both give a warning, as newer API
   * servers give for such values. Empty for anything else (the API server rejects it).
   */
  public static Optional<Parsed> parse(String text) {
    int slash = text.indexOf('/');
    if (slash < 0 || slash != text.lastIndexOf('/')) {
      return Optional.empty();
    }
    String len = text.substring(slash + 1);
    if (len.isEmpty() || len.length() > 3 || !digits(len)) {
      return Optional.empty();
    }
    Optional<IpAddress.Parsed> address = IpAddress.parse(text.substring(0, slash));
    if (address.isEmpty()) {
      return Optional.empty();
    }
    int prefix = Integer.parseInt(len);
    IpAddress a = address.get().address();
    if (prefix > a.family().bits()) {
      return Optional.empty();
    }
    IpAddress network = a.withHostBits(prefix, false);
    Optional<String> warning = Optional.empty();
    if (address.get().legacy()) {
      warning = Optional.of("\"" + text + "\" has leading zeros, which the API server reads as decimal; write "
          + network + "/" + prefix);
    } else if (!network.equals(a)) {
      warning = Optional.of("\"" + text + "\" has host bits set; it stands for " + network + "/" + prefix);
    }
    return Optional.of(new Parsed(new Cidr(text, network, prefix), warning));
  }

  private static boolean digits(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  public IpRange range() {
    return new IpRange(network, network.withHostBits(prefix, true));
  }

  @Override
  public String toString() {
    return text;
  }
}
