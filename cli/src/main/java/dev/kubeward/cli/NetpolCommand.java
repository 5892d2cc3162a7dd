package dev.kubeward.cli;

import dev.kubeward.core.source.InputProblem;
import dev.kubeward.core.source.SourceWalker;
import dev.kubeward.netpol.read.ClusterReader;
import dev.kubeward.netpol.read.NetpolInput;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code kubeward netpol}: network analysis of NetworkPolicies; the subcommands do the work. */
@Command(
    name = "netpol",
    description = {
      "Network analysis: what NetworkPolicies let through, computed exactly as a conforming network plugin enforces them.",
      "Reads Pods and every workload kind (a workload stands for its pods), Namespaces and NetworkPolicies from manifests."
    },
    subcommands = {ConnlistCommand.class, ExplainCommand.class, ExposureCommand.class, DiffCommand.class, GenerateCommand.class},
    footer = {"", "Documentation: docs/netpol.md."})
final class NetpolCommand implements Runnable {

  @ParentCommand KubewardCommand parent;

  @Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
  boolean help;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "name a netpol command: connlist, explain, exposure, diff or generate");
  }

  Context context() {
    return parent.context();
  }

  /** Reads the manifests under {@code paths} (the current directory when none), with the walk's problems first. */
  static NetpolInput read(List<String> paths, CommandLine.Model.CommandSpec spec) {
    List<String> args = paths.isEmpty() ? List.of(".") : paths;
    if (args.stream().filter("-"::equals).count() > 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "- (standard input) can be given only once");
    }
    SourceWalker.Walk walk = new SourceWalker(Path.of("").toAbsolutePath(), name -> false).walk(args);
    List<InputProblem> before = new ArrayList<>(walk.problems());
    if (walk.files().isEmpty() && walk.problems().isEmpty()) {
      before.add(InputProblem.warning(String.join(" ", args), 0, 0, "no *.yaml, *.yml or *.json file found; nothing was analysed"));
    }
    return ClusterReader.read(walk.files()).withProblems(before);
  }

  /** Prints the input's problems to standard error; true when one is an error. */
  static boolean report(NetpolInput input, Context ctx) {
    input.problems().forEach(p -> ctx.err().println(p.describe()));
    return input.hasErrors();
  }
}
