package dev.kubeward.cli;

import dev.kubeward.core.KubewardException;
import dev.kubeward.core.check.Catalog;
import dev.kubeward.core.check.Severity;
import dev.kubeward.core.config.Config;
import dev.kubeward.core.config.ConfigLoader;
import dev.kubeward.core.engine.Engine;
import dev.kubeward.core.engine.Progress;
import dev.kubeward.core.engine.ScanResult;
import dev.kubeward.core.source.InputProblem;
import dev.kubeward.core.source.SourceFile;
import dev.kubeward.core.source.SourceWalker;
import dev.kubeward.report.Baseline;
import dev.kubeward.report.Report;
import dev.kubeward.report.Reporters;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kubeward scan}: check manifests and report findings. */
@Command(
    name = "scan",
    mixinStandardHelpOptions = true,
    description = {
      "Check Kubernetes manifests (YAML or JSON files and folders, - for standard input) and report findings.",
      "Formats: table (default), json, sarif, junit.",
      "With no PATH, the current directory is scanned."
    })
final class ScanCommand implements Callable<Integer> {

  @Parameters(paramLabel = "PATH", description = "Files or folders to scan (folders recursively: *.yaml, *.yml, *.json); - for standard input.")
  List<String> paths = new ArrayList<>();

  @Mixin OutputOptions output;

  @Option(names = "--fail-on", paramLabel = "SEVERITY",
      description = "Exit 1 when a finding is at or above this severity: critical, high, medium, low, info. Default: the config's failOn, else high.")
  String failOn;

  @Option(names = {"-c", "--config"}, paramLabel = "FILE",
      description = "Configuration file. Default: .kubeward.yaml in the scanned folder, if there is one.")
  Path config;

  @Option(names = "--no-config", description = "Ignore any .kubeward.yaml.")
  boolean noConfig;

  @Option(names = "--baseline", paramLabel = "FILE", description = "Report only findings that are not in this baseline file.")
  Path baseline;

  @Option(names = "--write-baseline", paramLabel = "FILE", description = "Write the current findings to FILE as the baseline.")
  Path writeBaseline;

  @Option(names = "--no-inline-suppressions",
      description = "Ignore ignore.kubeward.dev/* annotations, so that workload owners cannot exempt themselves.")
  boolean noInline;

  @Option(names = "--audit-exceptions",
      description = "List configured exceptions that matched nothing or have expired; exit 1 if there are any.")
  boolean auditExceptions;

  @Option(names = {"-v", "--verbose"}, description = "Also list skipped documents and suppressed findings.")
  boolean verbose;

  @Option(names = "--no-progress", description = "Never show the progress line (it only shows on a terminal, outside CI).")
  boolean noProgress;

  @Option(names = "--debug", description = "Show stack traces of internal errors.")
  boolean debug;

  @Override
  public Integer call() {
    List<OutputOptions.Target> targets = output.targets(Reporters.names());
    Severity threshold = null;
    if (failOn != null) {
      threshold = Severity.parse(failOn).orElseThrow(() -> new KubewardException(
          "--fail-on " + failOn + ": choose critical, high, medium, low or info"));
    }
    Catalog catalog = Catalog.load();
    List<String> args = paths.isEmpty() ? List.of(".") : paths;
    Config cfg = loadConfig(catalog, args);
    if (threshold == null) {
      threshold = cfg.failOn().orElse(Severity.HIGH);
    }
    Set<String> accepted = baseline == null ? Set.of() : Baseline.read(baseline);
    Path cwd = Path.of("").toAbsolutePath();
    SourceWalker.Walk walk = new SourceWalker(cwd, cfg::excludes).walk(args);
    if (args.stream().filter("-"::equals).count() > 1) {
      throw new KubewardException("- (standard input) can be given only once");
    }
    Engine engine = new Engine(catalog, new Engine.Options(
        cfg, !noInline, accepted, LocalDate.now(), Runtime.getRuntime().availableProcessors()));
    PrintStream err = System.err;
    Optional<ProgressLine> progress = !noProgress && Terminal.progressAllowed() && walk.files().size() > 20
        ? Optional.of(new ProgressLine(err)) : Optional.empty();
    ScanResult scanned = engine.scan(walk.files(), progress.map(p -> (Progress) p).orElse(Progress.NONE));
    progress.ifPresent(ProgressLine::clear);
    List<InputProblem> problems = new ArrayList<>(walk.problems());
    problems.addAll(scanned.problems());
    ScanResult result = new ScanResult(scanned.findings(), problems, scanned.skipped(), scanned.files(),
        scanned.resources(), scanned.rules(), scanned.exceptions());
    if (walk.files().isEmpty() && walk.problems().isEmpty()) {
      problems.add(InputProblem.warning(String.join(" ", args), 0, 0,
          "no *.yaml, *.yml or *.json file found; nothing was scanned"));
    }
    Severity fail = threshold;
    output.write(targets, (t, w) -> Reporters.byName(t.format()).orElseThrow()
        .write(new Report(result, fail, output.colorFor(t), verbose, KubewardCommand.version()), w), System.out);
    if (writeBaseline != null) {
      Baseline.write(result.findings(), writeBaseline);
      err.println("kubeward: wrote " + result.active().size() + " findings to the baseline " + writeBaseline);
    }
    boolean staleExceptions = auditExceptions && audit(result, err);
    if (result.hasErrors()) {
      return ExitCodes.USAGE;
    }
    if (writeBaseline != null) {
      return ExitCodes.OK;
    }
    return result.failsAt(threshold) || staleExceptions ? ExitCodes.FINDINGS : ExitCodes.OK;
  }

  private Config loadConfig(Catalog catalog, List<String> args) {
    ConfigLoader loader = new ConfigLoader(catalog);
    if (config != null) {
      return loader.load(config);
    }
    if (noConfig) {
      return Config.EMPTY;
    }
    String first = args.get(0);
    return first.equals("-") ? loader.discover(Path.of(".")) : loader.discover(Path.of(first));
  }

  /** Prints the exceptions that are stale; true if there are any. */
  private static boolean audit(ScanResult result, PrintStream err) {
    Set<String> reported = new HashSet<>();
    boolean stale = false;
    for (ScanResult.ExceptionUse use : result.exceptions()) {
      String why = use.expired() ? "expired on " + use.exception().expires().orElseThrow()
          : use.matched() == 0 ? "matched no finding" : null;
      if (why != null && reported.add(use.exception().source())) {
        err.println("kubeward: " + use.exception().source() + ": exception for " + use.exception().describe() + " " + why);
        stale = true;
      }
    }
    if (!stale) {
      err.println("kubeward: every configured exception is in use and current");
    }
    return stale;
  }
}
