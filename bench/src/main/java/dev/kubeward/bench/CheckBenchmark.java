package dev.kubeward.bench;

import dev.kubeward.core.check.Catalog;
import dev.kubeward.core.config.Config;
import dev.kubeward.core.engine.Engine;
import dev.kubeward.core.engine.ScanResult;
import dev.kubeward.core.model.ManifestReader;
import dev.kubeward.core.model.Resource;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Check throughput on one thread, once parsed: every rule of the catalogue the CLI ships, with
 * pod-spec extraction, shape checks, inline suppressions and the finding records. The score is
 * resources per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class CheckBenchmark {

  static final int RESOURCES = 2_000;

  private List<Resource> resources;
  private Engine engine;

  @Setup(Level.Trial)
  public void parse() {
    Corpus corpus = Corpus.generate(RESOURCES);
    ManifestReader reader = new ManifestReader();
    resources = new ArrayList<>();
    for (int i = 0; i < corpus.files().size(); i++) {
      resources.addAll(reader.parse(corpus.sources().get(i), corpus.files().get(i).text()).resources());
    }
    if (resources.size() != RESOURCES) {
      throw new IllegalStateException("generated " + resources.size() + " resources, expected " + RESOURCES);
    }
    engine = new Engine(Catalog.load(), new Engine.Options(Config.EMPTY, true, Set.of(), LocalDate.now(), 1));
  }

  @Benchmark
  @OperationsPerInvocation(RESOURCES)
  public ScanResult checks() {
    return engine.check(resources);
  }
}
