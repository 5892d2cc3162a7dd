package dev.kubeward.netpol.ip;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * An immutable set of addresses of either family, kept canonical: sorted ranges, neither
 * overlapping nor touching, so equal sets are equal objects. What an ipBlock stands for
 * ({@code cidr} minus its {@code except} blocks) is an IpSet.
 */
public final class IpSet {

  public static final IpSet EMPTY = new IpSet(List.of());

  private final List<IpRange> ranges;

  private IpSet(List<IpRange> canonical) {
    this.ranges = List.copyOf(canonical);
  }

  public static IpSet of(IpRange range) {
    return new IpSet(List.of(range));
  }

  /** The union of {@code ranges}, in any order, overlapping or not. */
  public static IpSet of(Collection<IpRange> ranges) {
    List<IpRange> sorted = new ArrayList<>(ranges);
    sorted.sort(null);
    List<IpRange> out = new ArrayList<>();
    for (IpRange r : sorted) {
      if (!out.isEmpty()) {
        IpRange last = out.get(out.size() - 1);
        if (last.family() == r.family()
            && (last.last().isLast() || r.first().compareTo(last.last().next()) <= 0)) {
          if (r.last().compareTo(last.last()) > 0) {
            out.set(out.size() - 1, new IpRange(last.first(), r.last()));
          }
          continue;
        }
      }
      out.add(r);
    }
    return new IpSet(out);
  }

  public List<IpRange> ranges() {
    return ranges;
  }

  public boolean isEmpty() {
    return ranges.isEmpty();
  }

  public IpSet union(IpSet other) {
    List<IpRange> all = new ArrayList<>(ranges);
    all.addAll(other.ranges);
    return of(all);
  }

  public IpSet intersect(IpSet other) {
    List<IpRange> out = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < ranges.size() && j < other.ranges.size()) {
      IpRange a = ranges.get(i);
      IpRange b = other.ranges.get(j);
      if (a.overlaps(b)) {
        IpAddress first = a.first().compareTo(b.first()) >= 0 ? a.first() : b.first();
        IpAddress last = a.last().compareTo(b.last()) <= 0 ? a.last() : b.last();
        out.add(new IpRange(first, last));
      }
      if (a.last().compareTo(b.last()) < 0) {
        i++;
      } else {
        j++;
      }
    }
    return new IpSet(out);
  }

  public IpSet subtract(IpSet other) {
    List<IpRange> out = new ArrayList<>();
    int j = 0;
    for (IpRange r : ranges) {
      IpAddress cur = r.first();
      boolean done = false;
      while (j < other.ranges.size() && other.ranges.get(j).last().compareTo(cur) < 0) {
        j++;
      }
      int k = j;
      while (!done && k < other.ranges.size() && other.ranges.get(k).first().compareTo(r.last()) <= 0) {
        IpRange hole = other.ranges.get(k);
        if (hole.first().compareTo(cur) > 0) {
          out.add(new IpRange(cur, hole.first().previous()));
        }
        if (hole.last().compareTo(r.last()) >= 0) {
          done = true;
        } else {
          cur = hole.last().next();
          k++;
        }
      }
      if (!done) {
        out.add(new IpRange(cur, r.last()));
      }
    }
    return new IpSet(out);
  }

  public boolean contains(IpAddress a) {
    for (IpRange r : ranges) {
      if (r.contains(a)) {
        return true;
      }
    }
    return false;
  }

  /** Whether every address of {@code r} is in the set. */
  public boolean contains(IpRange r) {
    for (IpRange x : ranges) {
      if (x.contains(r)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The coarsest partition of {@code universe} into ranges such that each range lies wholly
   * inside or wholly outside every one of {@code blocks}: the address space cut at every
   * boundary of every block. This is how external traffic is listed: each range is one
   * endpoint whose connectivity cannot differ inside it.
   */
  public static List<IpRange> partition(Collection<IpRange> universe, Collection<IpSet> blocks) {
    TreeSet<IpAddress> cuts = new TreeSet<>();
    for (IpSet b : blocks) {
      for (IpRange r : b.ranges) {
        cuts.add(r.first());
        if (!r.last().isLast()) {
          cuts.add(r.last().next());
        }
      }
    }
    List<IpRange> out = new ArrayList<>();
    for (IpRange u : of(universe).ranges) {
      IpAddress start = u.first();
      for (IpAddress cut : cuts.subSet(u.first(), false, u.last(), true)) {
        out.add(new IpRange(start, cut.previous()));
        start = cut;
      }
      out.add(new IpRange(start, u.last()));
    }
    return List.copyOf(out);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof IpSet s && ranges.equals(s.ranges);
  }

  @Override
  public int hashCode() {
    return ranges.hashCode();
  }

  /** The ranges, comma-separated. */
  @Override
  public String toString() {
    return String.join(",", ranges.stream().map(IpRange::toString).toList());
  }
}
