package dev.kubeward.cli;

import dev.kubeward.core.check.Catalog;
import dev.kubeward.core.check.Severity;
import dev.kubeward.core.config.Config;
import dev.kubeward.core.config.ConfigLoader;
import dev.kubeward.core.engine.Engine;
import dev.kubeward.core.engine.Progress;
import dev.kubeward.core.engine.ScanResult;
import dev.kubeward.core.KubewardException;
import dev.kubeward.core.check.Rule;
import dev.kubeward.core.model.Field;
import dev.kubeward.core.source.InputProblem;
import dev.kubeward.pss.LevelVersion;
import dev.kubeward.pss.rules.ScanSettings;
import dev.kubeward.core.source.SourceWalker;
import dev.kubeward.report.Baseline;
import dev.kubeward.report.Report;
import dev.kubeward.report.Reporters;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

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

  /** Below this many files a scan ends before a progress line would help. */
  private static final int PROGRESS_MIN_FILES = 20;

  @ParentCommand KubewardCommand parent;

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "PATH", description = "Files or folders to scan (folders recursively: *.yaml, *.yml, *.json); - for standard input.")
  List<String> paths = new ArrayList<>();

  @Mixin OutputOptions output;

  @Option(names = "--fail-on", paramLabel = "SEVERITY", converter = SeverityConverter.class,
      description = "Exit 1 when a finding is at or above this severity: critical, high, medium, low, info. Default: the config's failOn, else high.")
  Severity failOn;

  @Option(names = {"-c", "--config"}, paramLabel = "FILE",
      description = "Configuration file. Default: .kubeward.yaml in the (first) scanned folder, if there is one.")
  Path config;

  @Option(names = "--no-config", description = "Ignore any .kubeward.yaml.")
  boolean noConfig;

  @Option(names = "--baseline", paramLabel = "FILE", description = "Report only findings that are not in this baseline file.")
  Path baseline;

  @Option(names = "--write-baseline", paramLabel = "FILE",
      description = "Write the current findings to FILE as the baseline (exit 0 unless the input has errors).")
  Path writeBaseline;

  @Option(names = "--enable", split = ",", paramLabel = "RULE",
      description = "Run only these rules (ids or slugs, comma-separated or repeated), on top of the configuration.")
  List<String> enable = new ArrayList<>();

  @Option(names = "--disable", split = ",", paramLabel = "RULE",
      description = "Do not run these rules (ids or slugs, comma-separated or repeated), on top of the configuration.")
  List<String> disable = new ArrayList<>();

  @Option(names = "--pss-level", paramLabel = "LEVEL[:VERSION]",
      description = "Run the Pod Security Standards rules (KW-0100..KW-0118) at this level and version, e.g. restricted:v1.30, in place of the workload rules they cover.")
  String pssLevel;

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

  @Mixin DebugOption debug;

  /** A configuration and the folder its {@code exclude} patterns are relative to. */
  private record LoadedConfig(Config config, Optional<Path> folder) {}

  @Override
  public Integer call() {
    Context ctx = parent.context();
    if (config != null && noConfig) {
      throw usage("--config and --no-config exclude each other; choose one");
    }
    List<OutputOptions.Target> targets = output.targets(Reporters.names());
    List<String> args = paths.isEmpty() ? List.of(".") : paths;
    if (args.stream().filter("-"::equals).count() > 1) {
      throw usage("- (standard input) can be given only once");
    }
    Catalog catalog = ctx.catalog().get();
    LoadedConfig loaded = withPss(catalog, withCommandLineRules(catalog, loadConfig(catalog, args)));
    Config cfg = loaded.config();
    Severity threshold = failOn != null ? failOn : cfg.failOn().orElse(Severity.HIGH);
    Set<String> accepted = baseline == null ? Set.of() : Baseline.read(baseline);
    ScanResult result = scan(ctx, catalog, loaded, accepted, args);
    output.write(targets, (t, w) -> Reporters.byName(t.format()).orElseThrow()
        .write(new Report(result, threshold, output.colorFor(t, ctx.terminal()), verbose, KubewardCommand.version()), w),
        ctx.out());
    if (targets.stream().noneMatch(t -> t.toStdout() && t.format().equals("table"))) {
      // The report is in a file or for a machine; whoever reads the log still learns why the exit code is 2.
      result.problems().forEach(p -> ctx.err().println(p.describe()));
    }
    if (writeBaseline != null) {
      int n = Baseline.write(result.findings(), writeBaseline);
      ctx.err().println("kubeward: wrote " + n + (n == 1 ? " finding" : " findings") + " to the baseline " + writeBaseline);
    }
    boolean staleExceptions = auditExceptions && audit(result, ctx.err());
    if (result.hasErrors()) {
      return ExitCodes.USAGE;
    }
    if (writeBaseline != null) {
      return ExitCodes.OK;
    }
    return result.failsAt(threshold) || staleExceptions ? ExitCodes.FINDINGS : ExitCodes.OK;
  }

  private ScanResult scan(Context ctx, Catalog catalog, LoadedConfig loaded, Set<String> accepted, List<String> args) {
    Path cwd = Path.of("").toAbsolutePath();
    SourceWalker.Walk walk = new SourceWalker(cwd, excluded(loaded, cwd)).walk(args);
    Engine engine = new Engine(catalog, new Engine.Options(
        loaded.config(), !noInline, accepted, ctx.today(), Runtime.getRuntime().availableProcessors()));
    Optional<ProgressLine> progress =
        !noProgress && ctx.terminal().progressAllowed() && walk.files().size() > PROGRESS_MIN_FILES
            ? Optional.of(new ProgressLine(ctx.err()))
            : Optional.empty();
    ScanResult scanned = engine.scan(walk.files(), progress.<Progress>map(p -> p).orElse(Progress.NONE));
    progress.ifPresent(ProgressLine::clear);
    List<InputProblem> problems = new ArrayList<>(walk.problems());
    problems.addAll(scanned.problems());
    if (walk.files().isEmpty() && walk.problems().isEmpty()) {
      problems.add(InputProblem.warning(String.join(" ", args), 0, 0,
          "no *.yaml, *.yml or *.json file found; nothing was scanned"));
    }
    return new ScanResult(scanned.findings(), List.copyOf(problems), scanned.skipped(), scanned.files(),
        scanned.resources(), scanned.rules(), scanned.exceptions());
  }

  /**
   * Exclude patterns are written relative to the configuration's folder; a file is excluded when a
   * pattern matches its path from there, or its path as reports show it (from the working directory).
   */
  private static Predicate<String> excluded(LoadedConfig loaded, Path cwd) {
    Config cfg = loaded.config();
    return name -> {
      if (cfg.excludes(name)) {
        return true;
      }
      if (loaded.folder().isEmpty()) {
        return false;
      }
      Path folder = loaded.folder().get();
      Path file = cwd.resolve(name).normalize();
      return file.startsWith(folder) && !file.equals(folder) && cfg.excludes(folder.relativize(file).toString());
    };
  }

  /** --enable and --disable narrow what the configuration runs; an unknown rule name is a usage error. */
  private LoadedConfig withCommandLineRules(Catalog catalog, LoadedConfig loaded) {
    if (enable.isEmpty() && disable.isEmpty()) {
      return loaded;
    }
    Config c = loaded.config();
    List<String> enableOnly = new ArrayList<>(enable.isEmpty() ? c.enableOnly() : ruleIds(catalog, enable, "--enable"));
    if (!enable.isEmpty() && !c.enableOnly().isEmpty()) {
      enableOnly.retainAll(c.enableOnly());
      if (enableOnly.isEmpty()) {
        // An empty list would mean "every rule": say the request contradicts the configuration.
        throw usage("--enable " + String.join(",", enable) + ": the configuration's rules.enableOnly "
            + c.enableOnly() + " leaves none of these rules on; widen enableOnly or use --no-config");
      }
    }
    List<String> disabled = new ArrayList<>(c.disable());
    disabled.addAll(ruleIds(catalog, disable, "--disable"));
    return new LoadedConfig(new Config(List.copyOf(disabled), List.copyOf(enableOnly), c.severity(), c.exclude(),
        c.exceptions(), c.checkOptions(), c.failOn(), c.source()), loaded.folder());
  }

  /**
   * The Pod Security rules are opt-in: without --pss-level they run only when named (--enable,
   * rules.enableOnly); with it they judge at its level and version, and the workload rules they
   * cover step aside (docs/pss.md).
   */
  private LoadedConfig withPss(Catalog catalog, LoadedConfig loaded) {
    Config c = loaded.config();
    List<Rule> pss = catalog.rules().stream().filter(ScanSettings::isPssRule).toList();
    for (Rule r : pss) {
      Field options = c.checkOptions().get(r.id());
      if (options != null) {
        ScanSettings.invalidOptions(options).ifPresent(bad -> {
          throw new KubewardException(List.of(InputProblem.error(c.source().orElse(".kubeward.yaml"), bad.at().line(),
              bad.at().column(), "checks." + r.slug() + ": " + bad.why())));
        });
      }
    }
    List<String> disabled = new ArrayList<>(c.disable());
    Map<String, Field> options = new LinkedHashMap<>(c.checkOptions());
    if (pssLevel == null) {
      pss.stream().filter(r -> !c.enableOnly().contains(r.id())).forEach(r -> disabled.add(r.id()));
    } else {
      LevelVersion lv;
      try {
        lv = ScanSettings.parse(pssLevel);
      } catch (IllegalArgumentException e) {
        throw usage("--pss-level " + pssLevel + ": " + e.getMessage());
      }
      Field pssOptions = ScanSettings.options(lv);
      pss.forEach(r -> options.put(r.id(), pssOptions));
      ScanSettings.superseded(catalog.rules(), lv.level()).stream()
          .filter(r -> !c.enableOnly().contains(r.id()))
          .forEach(r -> disabled.add(r.id()));
    }
    return new LoadedConfig(new Config(List.copyOf(disabled), c.enableOnly(), c.severity(), c.exclude(),
        c.exceptions(), Map.copyOf(options), c.failOn(), c.source()), loaded.folder());
  }

  private List<String> ruleIds(Catalog catalog, List<String> names, String option) {
    List<String> ids = new ArrayList<>();
    for (String n : names) {
      ids.add(catalog.find(n).orElseThrow(() -> usage(option + " " + n
          + ": no rule has that id or slug; `kubeward rules` lists them")).id());
    }
    return ids;
  }

  private LoadedConfig loadConfig(Catalog catalog, List<String> args) {
    ConfigLoader loader = new ConfigLoader(catalog);
    if (config != null) {
      return new LoadedConfig(loader.load(config), Optional.ofNullable(config.toAbsolutePath().normalize().getParent()));
    }
    if (noConfig) {
      return new LoadedConfig(Config.EMPTY, Optional.empty());
    }
    String first = args.get(0);
    Path root = (first.equals("-") ? Path.of("") : Path.of(first)).toAbsolutePath().normalize();
    Path folder = Files.isDirectory(root) ? root : root.getParent();
    return new LoadedConfig(loader.discover(root), Optional.ofNullable(folder));
  }

  private CommandLine.ParameterException usage(String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }

  /** Prints the exceptions that are stale; true if there are any. */
  private static boolean audit(ScanResult result, PrintStream err) {
    if (result.exceptions().isEmpty()) {
      err.println("kubeward: no exceptions are configured");
      return false;
    }
    Set<String> reported = new HashSet<>();
    boolean stale = false;
    for (ScanResult.ExceptionUse use : result.exceptions()) {
      String why = use.expired() ? "expired on " + use.exception().expires().orElseThrow()
          : use.matched() == 0 ? "matched no finding" : null;
      if (why != null && reported.add(use.exception().source())) {
        err.println(use.exception().source() + ": stale exception: " + use.exception().describe() + " " + why);
        stale = true;
      }
    }
    if (!stale) {
      err.println("kubeward: every configured exception is in use and current");
    }
    return stale;
  }

  /** Reads a severity in any case, with the choices in the error. */
  static final class SeverityConverter implements CommandLine.ITypeConverter<Severity> {
    @Override
    public Severity convert(String value) {
      return Severity.parse(value).orElseThrow(() -> new CommandLine.TypeConversionException(
          "\"" + value + "\" is not a severity; choose critical, high, medium, low or info"));
    }
  }
}
