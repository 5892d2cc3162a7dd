package dev.kubeward.bench;

import dev.kubeward.bench.ManifestGenerator.GeneratedFile;
import dev.kubeward.core.model.ManifestReader;
import dev.kubeward.core.model.Resource;
import dev.kubeward.core.source.SourceFile;
import dev.kubeward.rbac.Decision;
import dev.kubeward.rbac.Identity;
import dev.kubeward.rbac.RbacModel;
import dev.kubeward.rbac.Request;
import dev.kubeward.rbac.Subject;
import dev.kubeward.rbac.SubjectAccess;
import dev.kubeward.rbac.paths.BlastRadius;
import dev.kubeward.rbac.paths.EscalationGraph;
import dev.kubeward.rbac.paths.EscalationPath;
import dev.kubeward.rbac.paths.Target;
import dev.kubeward.rbac.query.Permissions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The RBAC analysis of {@link RbacGenerator}'s cluster (10,000 RBAC objects, 10,000 pods, 2,000
 * service accounts), parsed once in the set-up, on one thread:
 *
 * <ul>
 *   <li>{@code model}: building the model (reading the objects, aggregation, indexes);
 *   <li>{@code fullAnalysis}: the model, then every subject's and service account's effective
 *       permissions, the escalation graph and every identity's shortest path to cluster-admin;
 *   <li>{@code blastRadius}: the model, the graph and every workload's blast radius;
 *   <li>{@code whoCan}, {@code canI}: one query on the built model (a rotating set of 64).
 * </ul>
 */
@State(Scope.Benchmark)
public class RbacBenchmark {

  private List<Resource> resources;
  private RbacModel model;
  private List<Request.ResourceRequest> questions;
  private List<Identity> identities;
  private int next;

  @Setup(Level.Trial)
  public void parse() {
    ManifestReader reader = new ManifestReader();
    resources = new ArrayList<>();
    for (GeneratedFile f : new RbacGenerator(ManifestGenerator.DEFAULT_SEED, 1).files()) {
      ManifestReader.FileResult r = reader.parse(new SourceFile(f.path(), Optional.of(Path.of(f.path()))), f.text());
      if (!r.problems().isEmpty()) {
        throw new IllegalStateException(r.problems().get(0).describe());
      }
      resources.addAll(r.resources());
    }
    model = RbacModel.of(resources);
    if (!model.problems().isEmpty()) {
      throw new IllegalStateException(model.problems().get(0).describe());
    }
    String[][] asked = {{"get", "", "secrets", ""}, {"create", "", "pods", ""}, {"create", "", "pods", "exec"},
        {"list", "apps", "deployments", ""}, {"impersonate", "", "users", ""}, {"update", "apps", "deployments", "scale"},
        {"delete", "", "configmaps", ""}, {"watch", "", "nodes", ""}};
    questions = new ArrayList<>();
    identities = new ArrayList<>();
    for (int i = 0; i < 64; i++) {
      String[] q = asked[i % asked.length];
      questions.add(new Request.ResourceRequest(q[0], q[1], q[2], q[3], i % 3 == 0 ? "obj-1" : "",
          i % 2 == 0 ? "" : String.format("ns-%03d", i)));
      identities.add(i % 2 == 0 ? Identity.serviceAccount(String.format("ns-%03d", i), "sa-" + (i % 20))
          : Identity.user("user-" + (i * 31), List.of("group-" + (i % 200))));
    }
  }

  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public RbacModel model() {
    return RbacModel.of(resources);
  }

  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public int fullAnalysis() {
    RbacModel m = RbacModel.of(resources);
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
    EscalationGraph g = EscalationGraph.of(m);
    List<EscalationPath> paths = g.pathsTo(Target.CLUSTER_ADMIN);
    return rules + paths.size();
  }

  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public int blastRadius() {
    return BlastRadius.of(EscalationGraph.of(RbacModel.of(resources))).size();
  }

  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public List<SubjectAccess> whoCan() {
    Request.ResourceRequest q = questions.get(next++ & 63);
    return model.whoCan(q, q.namespace().isEmpty() ? Optional.empty() : Optional.of(q.namespace()));
  }

  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public Decision canI() {
    int i = next++ & 63;
    return model.authorize(identities.get(i), questions.get(i));
  }
}
