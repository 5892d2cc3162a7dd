package dev.kubeward.bench;

import dev.kubeward.core.check.Catalog;
import dev.kubeward.core.config.Config;
import dev.kubeward.core.engine.Engine;
import dev.kubeward.core.engine.Progress;
import dev.kubeward.core.engine.ScanResult;
import dev.kubeward.core.source.SourceFile;
import dev.kubeward.core.source.SourceWalker;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The engine end to end on generated files (10,000 resources, about 40 MB): read, decode, parse,
 * check, suppress, on as many threads as there are processors, the way the CLI calls it, in a
 * warmed-up JVM. The score is milliseconds per scan of the whole set. The files are generated once
 * into {@code java.io.tmpdir} and kept for later runs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ScanBenchmark {

  @Param("10000")
  public int resources;

  private List<SourceFile> files;
  private Engine engine;

  @Setup(Level.Trial)
  public void generate() throws IOException {
    Path dir = Path.of(System.getProperty("java.io.tmpdir"), "kubeward-bench-" + resources);
    new ManifestGenerator(ManifestGenerator.DEFAULT_SEED, ManifestGenerator.DEFAULT_PER_FILE).write(dir, resources);
    files = new SourceWalker(dir, name -> false).walk(List.of(dir.toString())).files();
    engine = new Engine(Catalog.load(), new Engine.Options(
        Config.EMPTY, true, Set.of(), LocalDate.now(), Runtime.getRuntime().availableProcessors()));
  }

  @Benchmark
  public ScanResult scan() {
    ScanResult result = engine.scan(files, Progress.NONE);
    if (result.resources() != resources) {
      throw new IllegalStateException("scanned " + result.resources() + " resources, expected " + resources);
    }
    return result;
  }
}
