package dev.kubeward.cli;

import dev.kubeward.core.source.InputProblem;
import dev.kubeward.core.source.SourceWalker;
import dev.kubeward.pss.Level;
import dev.kubeward.pss.LevelVersion;
import dev.kubeward.pss.Version;
import dev.kubeward.pss.admission.Admission;
import dev.kubeward.pss.admission.PodSecurityConfiguration;
import dev.kubeward.pss.admission.WhatIf;
import dev.kubeward.pss.checks.PssChecks;
import dev.kubeward.pss.workloads.PssInput;
import dev.kubeward.pss.workloads.PssReport;
import dev.kubeward.report.PssReportWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code kubeward pss}: what Pod Security admission would make of each workload. */
@Command(
    name = "pss",
    description = {
      "Evaluate every workload (Pods and every kind with a pod template) against a Pod Security Standards level at a policy version, exactly as the API server's Pod Security admission does.",
      "With Namespaces labelled pod-security.kubernetes.io/* in the input, --admission-config or --what-if, each workload is also judged in its namespace: what enforce would reject, what audit and warn would flag.",
      "Formats: table (default), json. Exit codes: 0 all allowed; 1 something would be denied; 2 input errors."
    })
final class PssCommand implements Callable<Integer> {

  @ParentCommand KubewardCommand parent;

  @Spec CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "PATH", description = "Files or folders (folders recursively: *.yaml, *.yml, *.json); - for standard input. Default: the current directory.")
  List<String> paths = new ArrayList<>();

  @Option(names = "--level", paramLabel = "LEVEL",
      description = "baseline or restricted (privileged allows everything). Default: restricted; with namespace policies, each workload's namespace enforce level.")
  String level;

  @Option(names = "--version", paramLabel = "VERSION",
      description = "Policy version: v1.0 ... v1.37, or latest. Default: latest.")
  String version;

  @Option(names = "--admission-config", paramLabel = "FILE",
      description = "The API server's AdmissionConfiguration (or a PodSecurityConfiguration): cluster defaults and exempt namespaces and runtime classes. Exempt usernames cannot apply offline.")
  Path admissionConfig;

  @Option(names = "--what-if", paramLabel = "NAMESPACE=LEVEL[:VERSION]",
      description = "Judge NAMESPACE as if labelled pod-security.kubernetes.io/enforce=LEVEL (and enforce-version=VERSION). Repeatable.")
  List<String> whatIf = new ArrayList<>();

  @Mixin OutputOptions output;

  @Mixin DebugOption debug;

  // Not mixinStandardHelpOptions: its --version would take the policy version's name.
  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
  boolean help;

  @Override
  public Integer call() {
    Context ctx = parent.context();
    Level lvl = level == null ? Level.RESTRICTED
        : Level.parse(level).orElseThrow(() -> usage("--level " + level + ": choose baseline, restricted or privileged"));
    Version ver = version == null ? Version.LATEST
        : Version.parse(version).orElseThrow(() -> usage("--version " + version + ": write latest or v1.N, e.g. v1.30"));
    List<WhatIf> whatIfs = new ArrayList<>();
    for (String w : whatIf) {
      try {
        whatIfs.add(WhatIf.parse(w));
      } catch (IllegalArgumentException e) {
        throw usage(e.getMessage());
      }
    }
    List<OutputOptions.Target> targets = output.targets(PssReportWriter.FORMATS);
    List<String> args = paths.isEmpty() ? List.of(".") : paths;
    if (args.stream().filter("-"::equals).count() > 1) {
      throw usage("- (standard input) can be given only once");
    }
    SourceWalker.Walk walk = new SourceWalker(Path.of("").toAbsolutePath(), name -> false).walk(args);
    PssInput read = PssInput.read(walk.files());
    List<InputProblem> problems = new ArrayList<>(walk.problems());
    if (walk.files().isEmpty() && walk.problems().isEmpty()) {
      problems.add(InputProblem.warning(String.join(" ", args), 0, 0,
          "no *.yaml, *.yml or *.json file found; nothing was evaluated"));
    }
    Optional<PodSecurityConfiguration> config = Optional.empty();
    if (admissionConfig != null) {
      PodSecurityConfiguration.Read cfg = PodSecurityConfiguration.read(admissionConfig);
      problems.addAll(cfg.problems());
      config = cfg.configuration();
    }
    PssInput input = read.withProblems(problems);
    boolean namespaced = admissionConfig != null || !whatIfs.isEmpty() || Admission.labelled(read.namespaces());
    Optional<Admission> admission = namespaced
        ? Optional.of(new Admission(PssChecks.registry(), config.orElse(PodSecurityConfiguration.NONE), read.namespaces(), whatIfs))
        : Optional.empty();
    Optional<LevelVersion> policy = namespaced && level == null && version == null
        ? Optional.empty()
        : Optional.of(LevelVersion.of(lvl, ver));
    PssReport report = PssReport.of(input, policy, admission, PssChecks.registry());
    output.write(targets, (t, w) -> PssReportWriter.write(t.format(), report, output.colorFor(t, ctx.terminal()), w),
        ctx.out());
    if (targets.stream().noneMatch(t -> t.toStdout() && t.format().equals("table"))) {
      report.problems().forEach(p -> ctx.err().println(p.describe()));
    }
    if (report.hasErrors()) {
      return ExitCodes.USAGE;
    }
    return report.denied() > 0 ? ExitCodes.FINDINGS : ExitCodes.OK;
  }

  private CommandLine.ParameterException usage(String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }
}
