package dev.kubeward.bench;

import dev.kubeward.bench.ManifestGenerator.GeneratedFile;
import dev.kubeward.core.model.ManifestReader;
import dev.kubeward.core.model.Resource;
import dev.kubeward.core.source.SourceFile;
import dev.kubeward.rbac.RbacModel;
import dev.kubeward.rbac.Request;
import dev.kubeward.rbac.Subject;
import dev.kubeward.rbac.paths.BlastRadius;
import dev.kubeward.rbac.paths.EscalationGraph;
import dev.kubeward.rbac.paths.Target;
import dev.kubeward.rbac.query.Permissions;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The RBAC analysis phase by phase in CPU time of the thread that runs it, which a shared
 * machine's load does not inflate as it does wall time: parsing, the model, every identity's
 * permissions, the escalation graph, the paths to cluster-admin, the blast radius, and who-can.
 * Prints, per phase, the median and range of the rounds after the first {@code --warmup}.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar dev.kubeward.bench.RbacTimes [--rounds 12] [--warmup 4]
 * </pre>
 */
public final class RbacTimes {

  private static final ThreadMXBean MX = ManagementFactory.getThreadMXBean();
  private static final String[] PHASES = {"model", "permissions of every identity", "escalation graph",
      "paths to cluster-admin", "full analysis (the four above)", "blast radius (graph built)", "who-can (one query, us)"};

  private RbacTimes() {}

  public static void main(String[] args) {
    int rounds = 12;
    int warmup = 4;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--rounds" -> rounds = Integer.parseInt(args[++i]);
        case "--warmup" -> warmup = Integer.parseInt(args[++i]);
        default -> throw new IllegalArgumentException("usage: RbacTimes [--rounds N] [--warmup N]");
      }
    }
    ManifestReader reader = new ManifestReader();
    List<Resource> resources = new ArrayList<>();
    long parse = cpu();
    for (GeneratedFile f : new RbacGenerator(ManifestGenerator.DEFAULT_SEED, 1).files()) {
      resources.addAll(reader.parse(new SourceFile(f.path(), Optional.of(Path.of(f.path()))), f.text()).resources());
    }
    parse = cpu() - parse;
    double[][] times = new double[PHASES.length][rounds - warmup];
    List<Request.ResourceRequest> questions = List.of(
        new Request.ResourceRequest("get", "", "secrets", "", "", "ns-005"),
        new Request.ResourceRequest("create", "", "pods", "exec", "", ""),
        new Request.ResourceRequest("list", "apps", "deployments", "", "", "ns-042"),
        new Request.ResourceRequest("impersonate", "", "users", "", "", ""));
    for (int r = 0; r < rounds; r++) {
      long t0 = cpu();
      RbacModel m = RbacModel.of(resources);
      long t1 = cpu();
      int rules = 0;
      for (Subject s : m.subjects()) {
        rules += Permissions.of(m, s, s.identity()).scopes().size();
      }
      for (String ns : m.namespaces()) {
        for (String sa : m.serviceAccountNames(ns)) {
          Subject s = Subject.serviceAccount(ns, sa);
          rules += Permissions.of(m, s, s.identity()).scopes().size();
        }
      }
      long t2 = cpu();
      EscalationGraph g = EscalationGraph.of(m);
      long t3 = cpu();
      int paths = g.pathsTo(Target.CLUSTER_ADMIN).size();
      long t4 = cpu();
      int exposures = BlastRadius.of(g).size();
      long t5 = cpu();
      int subjects = 0;
      for (int q = 0; q < 1_000; q++) {
        Request.ResourceRequest req = questions.get(q & 3);
        subjects += m.whoCan(req, req.namespace().isEmpty() ? Optional.empty() : Optional.of(req.namespace())).size();
      }
      long t6 = cpu();
      if (r >= warmup) {
        int i = r - warmup;
        times[0][i] = ms(t1 - t0);
        times[1][i] = ms(t2 - t1);
        times[2][i] = ms(t3 - t2);
        times[3][i] = ms(t4 - t3);
        times[4][i] = ms(t4 - t0);
        times[5][i] = ms(t5 - t4);
        times[6][i] = (t6 - t5) / 1_000.0 / 1_000;
      }
      if (r == rounds - 1) {
        System.out.printf(Locale.ROOT, "%,d resources (parsed in %.0f ms of CPU, cold); %,d subjects, %,d namespaces;"
            + " %,d scoped rule sets, %,d paths to cluster-admin, %,d workloads, %,d who-can answers%n%n",
            resources.size(), ms(parse), m.subjects().size(), m.namespaces().size(), rules, paths, exposures, subjects);
      }
    }
    System.out.println("| phase (CPU time of one thread) | median | spread (min-max) | rounds |");
    System.out.println("|---|---|---|---|");
    for (int p = 0; p < PHASES.length; p++) {
      double[] t = times[p].clone();
      Arrays.sort(t);
      String unit = p == PHASES.length - 1 ? " us" : " ms";
      System.out.printf(Locale.ROOT, "| %s | %.1f%s | %.1f-%.1f | %d |%n", PHASES[p], t[t.length / 2], unit, t[0], t[t.length - 1], t.length);
    }
  }

  private static long cpu() {
    return MX.getCurrentThreadCpuTime();
  }

  private static double ms(long nanos) {
    return nanos / 1e6;
  }
}
