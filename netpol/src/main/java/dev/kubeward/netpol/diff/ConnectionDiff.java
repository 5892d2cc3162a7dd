package dev.kubeward.netpol.diff;

import dev.kubeward.netpol.analysis.Connection;
import dev.kubeward.netpol.analysis.Connectivity;
import dev.kubeward.netpol.analysis.Endpoint;
import dev.kubeward.netpol.ip.IpRange;
import dev.kubeward.netpol.ip.IpSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The connections that differ between two inputs, by connlist semantics: a connection is
 * {@code added} when only the second allows it, {@code removed} when only the first does, and
 * {@code changed} when both allow something between the same endpoints but not the same. The two
 * inputs cut the outside address space at different ipBlock boundaries, so outside ranges are
 * first cut at the boundaries of both: every range compared is one range of each side.
 */
public final class ConnectionDiff {

  /** What happened to the connections between two endpoints. */
  public enum Kind {
    ADDED, REMOVED, CHANGED;

    public String text() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** One difference; {@code before} is empty for an added connection, {@code after} for a removed one. */
  public record Change(Kind kind, String source, String destination, Optional<String> before, Optional<String> after) {}

  private ConnectionDiff() {}

  public static List<Change> of(Connectivity first, Connectivity second) {
    List<IpRange> ranges = new ArrayList<>();
    for (Connectivity c : List.of(first, second)) {
      c.externalSources().forEach(e -> ranges.add(e.range()));
      c.externalDestinations().forEach(e -> ranges.add(e.range()));
    }
    List<IpRange> refined = IpSet.partition(ranges, ranges.stream().map(IpSet::of).toList());
    Map<String, String> before = lines(first, refined);
    Map<String, String> after = lines(second, refined);
    List<Change> out = new ArrayList<>();
    TreeMap<String, Boolean> keys = new TreeMap<>();
    before.keySet().forEach(k -> keys.put(k, true));
    after.keySet().forEach(k -> keys.put(k, true));
    for (String key : keys.keySet()) {
      Optional<String> b = Optional.ofNullable(before.get(key));
      Optional<String> a = Optional.ofNullable(after.get(key));
      if (b.equals(a)) {
        continue;
      }
      Kind kind = b.isEmpty() ? Kind.ADDED : a.isEmpty() ? Kind.REMOVED : Kind.CHANGED;
      String[] ends = key.split(" => ", 2);
      out.add(new Change(kind, ends[0], ends[1], b, a));
    }
    return out;
  }

  /** Each side's connections keyed by {@code src => dst}, outside ranges cut along {@code refined}. */
  private static Map<String, String> lines(Connectivity c, List<IpRange> refined) {
    Map<String, String> out = new TreeMap<>();
    for (Connection conn : c.connections()) {
      for (String src : ends(conn.source(), refined)) {
        for (String dst : ends(conn.destination(), refined)) {
          out.put(src + " => " + dst, conn.allowed().toString());
        }
      }
    }
    return out;
  }

  private static List<String> ends(Endpoint e, List<IpRange> refined) {
    if (e instanceof Endpoint.External ext) {
      return refined.stream().filter(ext.range()::contains).map(r -> new Endpoint.External(r).display()).toList();
    }
    return List.of(e.display());
  }
}
