package dev.kubeward.bench;

import dev.kubeward.core.check.Catalog;
import dev.kubeward.core.check.IndexCheck;
import dev.kubeward.core.check.Rule;
import dev.kubeward.core.config.Config;
import dev.kubeward.core.engine.Engine;
import dev.kubeward.core.engine.ScanResult;
import dev.kubeward.core.model.ManifestReader;
import dev.kubeward.core.model.Resource;
import dev.kubeward.pss.rules.ScanSettings;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Check throughput once parsed: the rules {@code kubeward scan} runs by default
 * ({@code rules=default}: all but the opt-in Pod Security rules) or every rule of the catalogue
 * ({@code rules=all}), or the default rules that judge one resource at a time
 * ({@code rules=per-resource}: all but the cross-resource {@link IndexCheck}s, whose RBAC and
 * network pictures RbacBenchmark and NetpolBenchmark measure), with pod-spec extraction, shape
 * checks, inline suppressions, the index and the finding records, on one thread ({@code threads=1}) or on as many as the machine has cores
 * ({@code threads=cores}), which is how a scan checks. The score is resources per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class CheckBenchmark {

  static final int RESOURCES = 2_000;

  @Param({"default", "all"})
  public String rules;

  /** {@code 1}, or {@code cores}: the machine's available processors. */
  @Param({"1", "cores"})
  public String threads;

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
    if (!List.of("default", "all", "per-resource").contains(rules)) {
      throw new IllegalArgumentException("rules must be default, all or per-resource, not " + rules);
    }
    Catalog catalog = Catalog.load();
    Config config = Config.EMPTY;
    if (!rules.equals("all")) {
      List<String> off = catalog.rules().stream()
          .filter(r -> ScanSettings.isPssRule(r) || (rules.equals("per-resource") && r.check() instanceof IndexCheck))
          .map(Rule::id).toList();
      config = new Config(off, List.of(), Map.of(), List.of(), List.of(), Map.of(), Optional.empty(), Optional.empty());
    }
    int n = threads.equals("cores") ? Runtime.getRuntime().availableProcessors() : Integer.parseInt(threads);
    engine = new Engine(catalog, new Engine.Options(config, true, Set.of(), LocalDate.now(), n));
  }

  @Benchmark
  @OperationsPerInvocation(RESOURCES)
  public ScanResult checks() {
    return engine.check(resources);
  }
}
