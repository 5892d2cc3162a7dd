package dev.kubeward.cli;

import dev.kubeward.core.source.InputProblem;
import dev.kubeward.core.source.SourceWalker;
import dev.kubeward.netpol.generate.Inference;
import dev.kubeward.netpol.generate.Observed;
import dev.kubeward.netpol.generate.PolicyGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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

/** {@code kubeward netpol generate}: least-privilege NetworkPolicies for the connections the manifests imply. */
@Command(
    name = "generate",
    description = {
      "Write least-privilege NetworkPolicies as YAML: per namespace a default deny and DNS egress to kube-dns, and allow rules for the connections inferred from Services and the workloads that name them (env values, $(X_SERVICE_HOST), ConfigMap values), plus those of --observed.",
      "Exit codes: 0 written; 2 usage or input errors (the policies are still written from the valid input)."
    })
final class GenerateCommand implements Callable<Integer> {

  @ParentCommand NetpolCommand parent;

  @Spec CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "PATH", description = "Files or folders (folders recursively: *.yaml, *.yml, *.json); - for standard input. Default: the current directory.")
  List<String> paths = new ArrayList<>();

  @Option(names = "--observed", paramLabel = "FILE",
      description = "Connections seen in the cluster, one per line as connlist writes them: NS/NAME[Kind] => NS/NAME[Kind] : CONNS.")
  Path observed;

  @Mixin DebugOption debug;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
  boolean help;

  @Override
  public Integer call() {
    Context ctx = parent.context();
    List<String> args = paths.isEmpty() ? List.of(".") : paths;
    if (args.stream().filter("-"::equals).count() > 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "- (standard input) can be given only once");
    }
    SourceWalker.Walk walk = new SourceWalker(Path.of("").toAbsolutePath(), name -> false).walk(args);
    List<InputProblem> problems = new ArrayList<>(walk.problems());
    Inference.Result inferred = Inference.infer(walk.files());
    if (observed != null) {
      List<String> lines;
      try {
        lines = Files.readAllLines(observed, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--observed " + observed + ": cannot read it (" + e.getMessage() + ")");
      }
      Observed.Read read = Observed.parse(observed.toString(), lines, inferred.workloads());
      problems.addAll(read.problems());
      inferred = inferred.with(read.edges());
    }
    problems.forEach(p -> ctx.err().println(p.describe()));
    ctx.out().print(PolicyGenerator.yaml(inferred));
    ctx.out().flush();
    return problems.stream().anyMatch(InputProblem::error) ? ExitCodes.USAGE : ExitCodes.OK;
  }
}
