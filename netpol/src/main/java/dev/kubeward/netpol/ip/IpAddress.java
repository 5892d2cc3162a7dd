package dev.kubeward.netpol.ip;

import java.util.Optional;

/**
 * An IPv4 or IPv6 address as an unsigned number: IPv4 in {@code lo} (0 to 2^32-1, {@code hi} 0),
 * IPv6 in {@code hi:lo}. Addresses of one family are ordered numerically; every IPv4 address comes
 * before every IPv6 one.
 */
public record IpAddress(Family family, long hi, long lo) implements Comparable<IpAddress> {

  /** The address family, with its first and last address. */
  public enum Family {
    IPV4(32), IPV6(128);

    private final int bits;

    Family(int bits) {
      this.bits = bits;
    }

    public int bits() {
      return bits;
    }

    public IpAddress first() {
      return new IpAddress(this, 0, 0);
    }

    public IpAddress last() {
      return this == IPV4 ? new IpAddress(this, 0, 0xFFFF_FFFFL) : new IpAddress(this, -1L, -1L);
    }

    /** Every address of the family. */
    public IpRange all() {
      return new IpRange(first(), last());
    }
  }

  public IpAddress {
    if (family == Family.IPV4 && (hi != 0 || lo < 0 || lo > 0xFFFF_FFFFL)) {
      throw new IllegalArgumentException("not an IPv4 address: " + hi + ":" + lo);
    }
  }

  public static IpAddress v4(long value) {
    return new IpAddress(Family.IPV4, 0, value);
  }

  public boolean isLast() {
    return equals(family.last());
  }

  public boolean isFirst() {
    return hi == 0 && lo == 0;
  }

  /** The next address; this must not be the family's last. */
  public IpAddress next() {
    if (isLast()) {
      throw new IllegalStateException("no address after " + this);
    }
    long nlo = lo + 1;
    long nhi = nlo == 0 && family == Family.IPV6 ? hi + 1 : hi;
    return new IpAddress(family, nhi, nlo);
  }

  /** The previous address; this must not be the family's first. */
  public IpAddress previous() {
    if (isFirst()) {
      throw new IllegalStateException("no address before " + this);
    }
    long plo = lo - 1;
    long phi = lo == 0 ? hi - 1 : hi;
    return new IpAddress(family, phi, plo);
  }

  /** This address with its last {@code bits - prefix} bits set to {@code ones ? 1 : 0}. */
  IpAddress withHostBits(int prefix, boolean ones) {
    int host = family.bits - prefix;
    if (family == Family.IPV4) {
      long mask = host == 0 ? 0 : (1L << host) - 1;
      return v4(ones ? (lo | mask) : (lo & ~mask & 0xFFFF_FFFFL));
    }
    long loMask = host >= 64 ? -1L : host == 0 ? 0 : (1L << host) - 1;
    long hiMask = host <= 64 ? 0 : host >= 128 ? -1L : (1L << (host - 64)) - 1;
    return ones
        ? new IpAddress(family, hi | hiMask, lo | loMask)
        : new IpAddress(family, hi & ~hiMask, lo & ~loMask);
  }

  @Override
  public int compareTo(IpAddress o) {
    int f = family.compareTo(o.family);
    if (f != 0) {
      return f;
    }
    int h = Long.compareUnsigned(hi, o.hi);
    return h != 0 ? h : Long.compareUnsigned(lo, o.lo);
  }

  /** Dotted decimal for IPv4; RFC 5952 (lower case, the longest run of zero groups as {@code ::}) for IPv6. */
  @Override
  public String toString() {
    if (family == Family.IPV4) {
      return (lo >>> 24) + "." + ((lo >>> 16) & 0xFF) + "." + ((lo >>> 8) & 0xFF) + "." + (lo & 0xFF);
    }
    int[] groups = new int[8];
    for (int i = 0; i < 4; i++) {
      groups[i] = (int) ((hi >>> (48 - 16 * i)) & 0xFFFF);
      groups[i + 4] = (int) ((lo >>> (48 - 16 * i)) & 0xFFFF);
    }
    int bestStart = -1;
    int bestLen = 1; // RFC 5952: a single zero group is not shortened
    for (int i = 0; i < 8; ) {
      if (groups[i] != 0) {
        i++;
        continue;
      }
      int j = i;
      while (j < 8 && groups[j] == 0) {
        j++;
      }
      if (j - i > bestLen) {
        bestStart = i;
        bestLen = j - i;
      }
      i = j;
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 8; i++) {
      if (i == bestStart) {
        sb.append("::");
        i += bestLen - 1;
        continue;
      }
      if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ':') {
        sb.append(':');
      }
      sb.append(Integer.toHexString(groups[i]));
    }
    return sb.toString();
  }

  /** A parsed address, and whether it was written in a form the API server accepts only for old objects. */
  public record Parsed(IpAddress address, boolean legacy) {}

  /**
   * Parses an IPv4 address (dotted decimal; leading zeros are read as decimal and flagged legacy,
   * as Kubernetes' sloppy parser does) or an IPv6 address (with {@code ::} and an optional
   * trailing dotted quad). Empty if the text is neither.
   */
  public static Optional<Parsed> parse(String text) {
    if (text.indexOf(':') >= 0) {
      return parseV6(text).map(a -> new Parsed(a, false));
    }
    return parseV4(text);
  }

  /**
   * A dotted quad: four parts of one to three decimal digits, each at most 255. Read by hand in
   * one pass (every ipBlock of every policy a scan reads comes here); IpAddressParseTest holds it equal
   * to the same written plainly (split on dots), on generated text.
   */
  private static Optional<Parsed> parseV4(String text) {
    long value = 0;
    boolean legacy = false;
    int parts = 0;
    int start = 0; // of the current part
    for (int i = 0; i <= text.length(); i++) {
      if (i < text.length() && text.charAt(i) != '.') {
        continue;
      }
      int length = i - start;
      if (length == 0 || length > 3 || ++parts > 4) {
        return Optional.empty();
      }
      int n = 0;
      for (int j = start; j < i; j++) {
        char c = text.charAt(j);
        if (c < '0' || c > '9') {
          return Optional.empty();
        }
        n = n * 10 + (c - '0');
      }
      if (n > 255) {
        return Optional.empty();
      }
      legacy |= length > 1 && text.charAt(start) == '0';
      value = (value << 8) | n;
      start = i + 1;
    }
    return parts == 4 ? Optional.of(new Parsed(v4(value), legacy)) : Optional.empty();
  }

  private static Optional<IpAddress> parseV6(String text) {
    String s = text;
    int lastColon = s.lastIndexOf(':');
    if (s.indexOf('.', lastColon) >= 0) {
      // a trailing dotted quad (::ffff:10.0.0.1) stands for the last two groups
      Optional<Parsed> v4 = parseV4(s.substring(lastColon + 1)).filter(p -> !p.legacy());
      if (v4.isEmpty()) {
        return Optional.empty();
      }
      long v = v4.get().address().lo();
      s = s.substring(0, lastColon + 1) + Long.toHexString(v >>> 16) + ":" + Long.toHexString(v & 0xFFFF);
    }
    int dc = s.indexOf("::");
    if (dc >= 0 && s.indexOf("::", dc + 1) >= 0) {
      return Optional.empty();
    }
    Optional<int[]> head = groups(dc >= 0 ? s.substring(0, dc) : s);
    Optional<int[]> rest = dc >= 0 ? groups(s.substring(dc + 2)) : Optional.of(new int[0]);
    if (head.isEmpty() || rest.isEmpty()) {
      return Optional.empty();
    }
    int[] hg = head.get();
    int[] rg = rest.get();
    int total = hg.length + rg.length;
    if (dc < 0 ? total != 8 : total > 7) {
      return Optional.empty();
    }
    int[] all = new int[8];
    System.arraycopy(hg, 0, all, 0, hg.length);
    System.arraycopy(rg, 0, all, 8 - rg.length, rg.length);
    long hi = 0;
    long lo = 0;
    for (int i = 0; i < 4; i++) {
      hi = (hi << 16) | all[i];
      lo = (lo << 16) | all[i + 4];
    }
    return Optional.of(new IpAddress(Family.IPV6, hi, lo));
  }

  private static Optional<int[]> groups(String s) {
    if (s.isEmpty()) {
      return Optional.of(new int[0]);
    }
    String[] parts = s.split(":", -1);
    int[] out = new int[parts.length];
    for (int i = 0; i < parts.length; i++) {
      String p = parts[i];
      if (p.isEmpty() || p.length() > 4) {
        return Optional.empty();
      }
      for (int k = 0; k < p.length(); k++) {
        if (Character.digit(p.charAt(k), 16) < 0) {
          return Optional.empty();
        }
      }
      out[i] = Integer.parseInt(p, 16);
    }
    return Optional.of(out);
  }
}
