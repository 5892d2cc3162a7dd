package dev.kubeward.netpol.generate;

import dev.kubeward.core.source.InputProblem;
import dev.kubeward.netpol.model.Workload;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Connections seen in a running cluster, one per line in connlist's txt format between two
 * workloads: {@code shop/web[Deployment] => shop/api[Deployment] : TCP 8080,UDP 53} or
 * {@code ... : All Connections}. Blank lines and lines starting with {@code #} are skipped; a
 * line naming an external range or a workload the input lacks, or that does not parse, is a
 * problem at its line.
 */
public final class Observed {

  private static final Pattern LINE = Pattern.compile("^\\s*(\\S+)\\s*=>\\s*(\\S+)\\s*:\\s*(.+?)\\s*$");
  private static final Pattern WORKLOAD = Pattern.compile("^([^/\\[\\]]+)/([^/\\[\\]]+)\\[([A-Za-z]+)\\]$");
  private static final Pattern PROTO = Pattern.compile("^(TCP|UDP|SCTP) ([0-9]+(-[0-9]+)?)$");

  /** The edges read, and the problems found. */
  public record Read(List<Inference.Edge> edges, List<InputProblem> problems) {}

  private Observed() {}

  public static Read parse(String file, List<String> lines, Map<Workload, ?> known) {
    List<Inference.Edge> edges = new ArrayList<>();
    List<InputProblem> problems = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.strip().startsWith("#")) {
        continue;
      }
      int n = i + 1;
      Matcher m = LINE.matcher(line);
      if (!m.matches()) {
        problems.add(InputProblem.error(file, n, 1, "expected SRC => DST : CONNS, as connlist writes it, e.g. "
            + "shop/web[Deployment] => shop/api[Deployment] : TCP 8080"));
        continue;
      }
      Workload src = workload(m.group(1));
      Workload dst = workload(m.group(2));
      if (src == null || dst == null) {
        problems.add(InputProblem.error(file, n, 1, "both ends must be workloads NAMESPACE/NAME[Kind]; external ranges are not generated"));
        continue;
      }
      if (!known.containsKey(src) || !known.containsKey(dst)) {
        problems.add(InputProblem.error(file, n, 1, (known.containsKey(src) ? dst : src) + " is not a workload of the input"));
        continue;
      }
      List<Inference.ServicePort> ports = new ArrayList<>();
      boolean ok = true;
      if (!m.group(3).equals("All Connections")) {
        String protocol = null;
        for (String item : m.group(3).split(",")) {
          String t = item.strip();
          Matcher p = PROTO.matcher(t);
          if (p.matches()) {
            protocol = p.group(1);
            t = p.group(2);
          }
          if (protocol == null || !t.matches("[0-9]+(-[0-9]+)?")) {
            ok = false;
            break;
          }
          int port = Integer.parseInt(t.split("-")[0]);
          ports.add(new Inference.ServicePort(protocol, port, t));
        }
      }
      if (!ok) {
        problems.add(InputProblem.error(file, n, 1, "connections must be All Connections or PROTO PORT[,PORT|FIRST-LAST]..., e.g. TCP 80,8080-8090,UDP 53"));
        continue;
      }
      edges.add(new Inference.Edge(src, dst, "observed " + file + ":" + n, ports));
    }
    return new Read(edges, problems);
  }

  private static Workload workload(String text) {
    Matcher m = WORKLOAD.matcher(text);
    return m.matches() ? new Workload(m.group(3), m.group(1), m.group(2)) : null;
  }
}
