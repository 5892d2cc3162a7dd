package dev.kubeward.bench;

import dev.kubeward.core.model.ManifestReader;
import dev.kubeward.core.yaml.YamlLoader;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Parse throughput on one thread, from text in memory: the YAML loader alone, and the manifest
 * reader on top of it (pruning, multi-document and List handling, resource identity). The score is
 * resources per second; the {@code megabytes} counter is MB (10^6 bytes of text) per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ParseBenchmark {

  static final int RESOURCES = 2_000;

  /** Text parsed, reported per second beside the score. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Text {
    public double megabytes;

    @Setup(Level.Iteration)
    public void reset() {
      megabytes = 0;
    }
  }

  private Corpus corpus;
  private final YamlLoader loader = YamlLoader.plain();

  @Setup(Level.Trial)
  public void generate() {
    corpus = Corpus.generate(RESOURCES);
  }

  @Benchmark
  @OperationsPerInvocation(RESOURCES)
  public void yamlLoader(Text text, Blackhole bh) {
    for (var f : corpus.files()) {
      bh.consume(loader.load(f.text(), f.path()));
    }
    text.megabytes += corpus.bytes() / 1e6;
  }

  @Benchmark
  @OperationsPerInvocation(RESOURCES)
  public void manifestReader(Text text, Blackhole bh) {
    ManifestReader reader = new ManifestReader();
    for (int i = 0; i < corpus.files().size(); i++) {
      bh.consume(reader.parse(corpus.sources().get(i), corpus.files().get(i).text()));
    }
    text.megabytes += corpus.bytes() / 1e6;
  }
}
