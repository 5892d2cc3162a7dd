package dev.kubeward.cli;

import dev.kubeward.rbac.input.RbacInput;
import dev.kubeward.rbac.output.BlastRadiusWriter;
import dev.kubeward.rbac.paths.BlastRadius;
import dev.kubeward.rbac.paths.EscalationGraph;
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

/** {@code kubeward rbac blast-radius}: what a compromise of each workload grants. */
@Command(
    name = "blast-radius",
    mixinStandardHelpOptions = true,
    description = {
      "For every workload (Pods and every kind with a pod template), the service account its pods run as, whether they"
          + " mount its token, what that identity may do (its effective rules and the escalation capabilities it holds)"
          + " and how far it is from cluster-admin.",
      "Formats: table (default; workloads that grant nothing are counted, --all lists them), json (every workload)."
    })
final class RbacBlastRadiusCommand implements Callable<Integer> {

  @ParentCommand RbacCommand parent;

  @Spec CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "PATH", description = "Files or folders; - for standard input. Default: the current directory.")
  List<String> paths = new ArrayList<>();

  @Option(names = "--all", description = "List every workload in the table, also those whose compromise grants no API access.")
  boolean all;

  @Mixin RbacInputOptions input;

  @Mixin OutputOptions output;

  @Override
  public Integer call() {
    Context ctx = parent.context();
    List<OutputOptions.Target> targets = output.targets(BlastRadiusWriter.FORMATS);
    RbacInput read = input.read(paths);
    List<BlastRadius.Exposure> exposures = BlastRadius.of(EscalationGraph.of(read.model()));
    output.write(targets, (t, w) -> BlastRadiusWriter.write(t.format(), exposures, all, read, w), ctx.out());
    RbacInputOptions.problemsToStderr(targets, "table", read, ctx.err());
    return read.hasErrors() ? ExitCodes.USAGE : ExitCodes.OK;
  }
}
