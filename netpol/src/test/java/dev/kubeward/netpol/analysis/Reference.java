package dev.kubeward.netpol.analysis;

import dev.kubeward.netpol.conn.ConnectionSet;
import dev.kubeward.netpol.ip.IpRange;
import dev.kubeward.netpol.model.Cluster;
import dev.kubeward.netpol.model.Pod;
import dev.kubeward.netpol.model.Workload;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The connection list computed the slow, obvious way: every pair of pods through
 * {@link Evaluator}, unioned per pair of workloads. The engine must give exactly this.
 */
final class Reference {

  private Reference() {}

  static List<String> lines(Cluster cluster, List<IpRange> sources, List<IpRange> destinations) {
    Evaluator ev = new Evaluator(cluster);
    Map<Workload, List<Pod>> workloads = cluster.workloads();
    List<String[]> out = new ArrayList<>();
    for (Map.Entry<Workload, List<Pod>> s : workloads.entrySet()) {
      for (Map.Entry<Workload, List<Pod>> d : workloads.entrySet()) {
        if (s.getKey().equals(d.getKey())) {
          continue;
        }
        ConnectionSet c = ConnectionSet.NONE;
        for (Pod p : s.getValue()) {
          for (Pod q : d.getValue()) {
            c = c.union(ev.allowed(p, q));
          }
        }
        add(out, s.getKey().display(), d.getKey().display(), c);
      }
      for (IpRange r : destinations) {
        ConnectionSet c = ConnectionSet.NONE;
        for (Pod p : s.getValue()) {
          c = c.union(ev.allowed(p, r));
        }
        add(out, s.getKey().display(), r + "[External]", c);
      }
    }
    for (IpRange r : sources) {
      for (Map.Entry<Workload, List<Pod>> d : workloads.entrySet()) {
        ConnectionSet c = ConnectionSet.NONE;
        for (Pod q : d.getValue()) {
          c = c.union(ev.allowed(r, q));
        }
        add(out, r + "[External]", d.getKey().display(), c);
      }
    }
    out.sort(Comparator.<String[], String>comparing(l -> l[0]).thenComparing(l -> l[1]));
    return out.stream().map(l -> l[0] + " => " + l[1] + " : " + l[2]).toList();
  }

  private static void add(List<String[]> out, String src, String dst, ConnectionSet c) {
    if (!c.isEmpty()) {
      out.add(new String[] {src, dst, c.toString()});
    }
  }
}
