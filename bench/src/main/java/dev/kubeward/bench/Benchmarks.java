package dev.kubeward.bench;

import dev.kubeward.core.check.Catalog;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptions;

/**
 * Runs JMH (same arguments as its own main) and then prints a markdown table for
 * docs/benchmarks.md: per benchmark the median and the spread (min-max) of the measured
 * iterations over all forks, beside its target. JMH's mean and confidence interval assume a quiet
 * machine; median and range read better on a shared one.
 */
public final class Benchmarks {

  /** What each figure means and what it is held to. */
  private record Row(String benchmark, String figure, String unit, Function<IterationResult, Double> score, String target) {}

  private static final List<Row> ROWS = List.of(
      new Row("ParseBenchmark.yamlLoader", "parse, YamlLoader alone (1 thread)", "MB/s",
          i -> secondary(i, "megabytes"), "none"),
      new Row("ParseBenchmark.manifestReader", "parse, ManifestReader (1 thread)", "MB/s",
          i -> secondary(i, "megabytes"), "none"),
      new Row("ParseBenchmark.manifestReader", "parse, ManifestReader (1 thread)", "resources/s",
          i -> i.getPrimaryResult().getScore(), "none"),
      new Row("CheckBenchmark.checks", "checks once parsed (rules=default: those scan runs by default; threads=cores: as a scan checks)", "resources/s",
          i -> i.getPrimaryResult().getScore(), ">= 100,000 resources/s"),
      new Row("ScanBenchmark.scan", "engine scan of 10,000 resources, 40 MB, warm JVM (all cores)", "ms",
          i -> i.getPrimaryResult().getScore(), "none (the CLI figure holds the 3 s target)"),
      new Row("NetpolBenchmark.read5k", "netpol: read 5,000 pods and 13,000 NetworkPolicies, 8.5 MB (all cores)", "ms",
          i -> i.getPrimaryResult().getScore(), "none (the CLI figure holds the 10 s target)"),
      new Row("NetpolBenchmark.connlist5k", "netpol: connectivity and every connection, 5,000 pods, 13,000 policies (1 thread)", "ms",
          i -> i.getPrimaryResult().getScore(), "none (the CLI figure holds the 10 s target)"),
      new Row("NetpolBenchmark.connlist100k", "netpol: the same, 100,000 pods in 10,006 equivalence classes (1 thread)", "ms",
          i -> i.getPrimaryResult().getScore(), "none"),
      new Row("RbacBenchmark.model", "RBAC model of 10,000 RBAC objects + 10,000 pods, parsed (1 thread)", "ms",
          i -> i.getPrimaryResult().getScore(), "none"),
      new Row("RbacBenchmark.fullAnalysis", "RBAC full analysis: model, every identity's permissions, escalation graph and paths (1 thread)", "ms",
          i -> i.getPrimaryResult().getScore(), "<= 1,000 ms"),
      new Row("RbacBenchmark.blastRadius", "RBAC model, graph and blast radius of 10,000 pods (1 thread)", "ms",
          i -> i.getPrimaryResult().getScore(), "none"),
      new Row("RbacBenchmark.whoCan", "who-can on the built model", "us",
          i -> i.getPrimaryResult().getScore(), "<= 1,000 us"),
      new Row("RbacBenchmark.canI", "can-i on the built model", "us",
          i -> i.getPrimaryResult().getScore(), "none"));

  private Benchmarks() {}

  public static void main(String[] args) throws Exception {
    CommandLineOptions options = new CommandLineOptions(args);
    if (options.shouldHelp() || options.shouldList() || options.shouldListWithParams() || options.shouldListProfilers()
        || options.shouldListResultFormats()) {
      org.openjdk.jmh.Main.main(args);
      return;
    }
    Collection<RunResult> results;
    try {
      results = new Runner(options).run();
    } catch (RunnerException e) {
      System.err.println("bench: " + e.getMessage());
      System.exit(1);
      return;
    }
    System.out.println();
    System.out.println("JMH, " + Runtime.getRuntime().availableProcessors() + " cores, Java "
        + Runtime.version() + ", " + Catalog.load().rules().size() + " rules; each figure is the median (min-max) of the"
        + " measured iterations of all forks");
    System.out.println();
    System.out.println("| benchmark | what | median | spread (min-max) | iterations | target |");
    System.out.println("|---|---|---|---|---|---|");
    for (Row row : ROWS) {
      for (RunResult run : results) {
        if (run.getParams().getBenchmark().endsWith("." + row.benchmark())) {
          double[] scores = scores(run, row.score());
          String params = run.getParams().getParamsKeys().stream()
              .map(k -> k + "=" + run.getParams().getParam(k)).collect(java.util.stream.Collectors.joining(", "));
          String figure = params.isEmpty() ? row.figure() : row.figure() + ", " + params;
          System.out.printf(Locale.ROOT, "| %s | %s | %s %s | %s-%s | %d | %s |%n", row.benchmark(), figure,
              format(median(scores)), row.unit(), format(scores[0]), format(scores[scores.length - 1]),
              scores.length, row.target());
        }
      }
    }
  }

  private static double secondary(IterationResult iteration, String label) {
    Map<String, Result> secondary = iteration.getSecondaryResults();
    Result r = secondary.get(label);
    return r == null ? Double.NaN : r.getScore();
  }

  private static double[] scores(RunResult run, Function<IterationResult, Double> score) {
    List<Double> all = new ArrayList<>();
    for (BenchmarkResult fork : run.getBenchmarkResults()) {
      for (IterationResult iteration : fork.getIterationResults()) {
        all.add(score.apply(iteration));
      }
    }
    double[] sorted = all.stream().mapToDouble(Double::doubleValue).toArray();
    Arrays.sort(sorted);
    return sorted;
  }

  private static double median(double[] sorted) {
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  private static String format(double v) {
    return v >= 100 ? String.format(Locale.ROOT, "%,.0f", v) : String.format(Locale.ROOT, "%.1f", v);
  }
}
