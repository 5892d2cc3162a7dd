package dev.kubeward.netpol.ip;

/**
 * The addresses from {@code first} to {@code last}, both included, of one family. Written as
 * np-guard's netpol-analyzer writes a range: {@code 10.0.0.0-10.255.255.255}.
 */
public record IpRange(IpAddress first, IpAddress last) implements Comparable<IpRange> {

  public IpRange {
    if (first.family() != last.family() || first.compareTo(last) > 0) {
      throw new IllegalArgumentException("not a range: " + first + "-" + last);
    }
  }

  public IpAddress.Family family() {
    return first.family();
  }

  public boolean contains(IpAddress a) {
    return a.family() == family() && first.compareTo(a) <= 0 && a.compareTo(last) <= 0;
  }

  public boolean contains(IpRange r) {
    return r.family() == family() && first.compareTo(r.first) <= 0 && r.last.compareTo(last) <= 0;
  }

  public boolean overlaps(IpRange r) {
    return r.family() == family() && first.compareTo(r.last) <= 0 && r.first.compareTo(last) <= 0;
  }

  /** Whether this is every address of its family. */
  public boolean isAll() {
    return first.isFirst() && last.isLast();
  }

  @Override
  public int compareTo(IpRange o) {
    int c = first.compareTo(o.first);
    return c != 0 ? c : last.compareTo(o.last);
  }

  @Override
  public String toString() {
    return first + "-" + last;
  }
}
