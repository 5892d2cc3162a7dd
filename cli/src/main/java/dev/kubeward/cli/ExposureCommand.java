package dev.kubeward.cli;

import dev.kubeward.core.source.InputProblem;
import dev.kubeward.core.source.SourceWalker;
import dev.kubeward.netpol.analysis.Connectivity;
import dev.kubeward.netpol.exposure.EntranceReader;
import dev.kubeward.netpol.exposure.Entrances;
import dev.kubeward.netpol.exposure.Exposure;
import dev.kubeward.netpol.exposure.Exposures;
import dev.kubeward.netpol.read.ClusterReader;
import dev.kubeward.netpol.read.NetpolInput;
import dev.kubeward.report.ExposureWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code kubeward netpol exposure}: per workload, who can reach it and through what. */
@Command(
    name = "exposure",
    description = {
      "Per workload: whether NetworkPolicies isolate it for ingress, which namespaces' pods (or every namespace) and which addresses outside the cluster may connect to it, and the Services (NodePort, LoadBalancer and its source ranges), Ingresses, hostNetwork and hostPorts that lead to it.",
      "Formats: txt (default, a table), json.",
      "Exit codes: 0 listed; 2 usage or input errors (the table is still written from the valid input)."
    })
final class ExposureCommand implements Callable<Integer> {

  @ParentCommand NetpolCommand parent;

  @Spec CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "PATH", description = "Files or folders (folders recursively: *.yaml, *.yml, *.json); - for standard input. Default: the current directory.")
  List<String> paths = new ArrayList<>();

  @Mixin OutputOptions output;

  @Mixin DebugOption debug;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
  boolean help;

  @Override
  public Integer call() {
    Context ctx = parent.context();
    List<OutputOptions.Target> targets = output.targets(ExposureWriter.FORMATS);
    List<String> args = paths.isEmpty() ? List.of(".") : paths;
    if (args.stream().filter("-"::equals).count() > 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "- (standard input) can be given only once");
    }
    SourceWalker.Walk walk = new SourceWalker(Path.of("").toAbsolutePath(), name -> false).walk(args);
    List<InputProblem> before = new ArrayList<>(walk.problems());
    if (walk.files().isEmpty() && walk.problems().isEmpty()) {
      before.add(InputProblem.warning(String.join(" ", args), 0, 0, "no *.yaml, *.yml or *.json file found; nothing was analysed"));
    }
    NetpolInput input = ClusterReader.read(walk.files()).withProblems(before);
    boolean errors = NetpolCommand.report(input, ctx);
    Entrances entrances = EntranceReader.read(walk.files());
    List<Exposure> exposures = Exposures.of(Connectivity.of(input.cluster()), entrances);
    output.write(targets, (t, w) -> ExposureWriter.write(t.format(), exposures, w), ctx.out());
    return errors ? ExitCodes.USAGE : ExitCodes.OK;
  }
}
