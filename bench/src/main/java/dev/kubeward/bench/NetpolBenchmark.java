package dev.kubeward.bench;

import dev.kubeward.core.source.SourceFile;
import dev.kubeward.core.source.SourceWalker;
import dev.kubeward.netpol.analysis.Connectivity;
import dev.kubeward.netpol.model.Cluster;
import dev.kubeward.netpol.read.ClusterReader;
import dev.kubeward.netpol.read.NetpolInput;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
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
 * The network analysis on generated clusters ({@link ClusterGenerator}, written once per trial
 * into {@code java.io.tmpdir}): reading 5,000 pods and 13,000 NetworkPolicies, and computing the
 * connectivity and listing every connection (what {@code kubeward netpol connlist} does after
 * reading) for 5,000 pods and for 100,000 pods (10,000 workloads, the same 13,000 policies),
 * warm JVM. Scores are milliseconds per operation.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class NetpolBenchmark {

  /** A generated cluster, read once. */
  abstract static class Generated {
    List<SourceFile> files;
    Cluster cluster;

    void generate(int pods, int workloads, int policies) {
      Path dir = Path.of(System.getProperty("java.io.tmpdir"), "kubeward-netpol-" + pods);
      new ClusterGenerator(42).write(dir, pods, workloads, policies);
      files = new SourceWalker(dir, name -> false).walk(List.of(dir.toString())).files();
      NetpolInput input = ClusterReader.read(files);
      if (input.hasErrors()) {
        throw new IllegalStateException("the generated cluster has errors: " + input.problems().get(0).describe());
      }
      cluster = input.cluster();
    }
  }

  @State(Scope.Benchmark)
  public static class Pods5k extends Generated {
    @Setup(Level.Trial)
    public void setUp() {
      generate(5_000, 5_000 / 3, 13_000);
    }
  }

  @State(Scope.Benchmark)
  public static class Pods100k extends Generated {
    @Setup(Level.Trial)
    public void setUp() {
      generate(100_000, 10_000, 13_000);
    }
  }

  /** Computes the connectivity and walks every connection, as the txt output does, counting characters. */
  static long connlist(Cluster cluster) {
    long[] chars = {0};
    Connectivity.of(cluster).forEachConnection(Set.of(), c -> chars[0] += c.line().length());
    return chars[0];
  }

  @Benchmark
  public NetpolInput read5k(Pods5k s) {
    return ClusterReader.read(s.files);
  }

  @Benchmark
  public long connlist5k(Pods5k s) {
    return connlist(s.cluster);
  }

  @Benchmark
  public long connlist100k(Pods100k s) {
    return connlist(s.cluster);
  }
}
