package dev.kubeward.cli;

import dev.kubeward.rbac.Subject;
import dev.kubeward.rbac.input.RbacInput;
import dev.kubeward.rbac.output.PathsWriter;
import dev.kubeward.rbac.paths.EscalationGraph;
import dev.kubeward.rbac.paths.EscalationPath;
import dev.kubeward.rbac.paths.Target;
import dev.kubeward.rbac.query.SubjectSpec;
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

/** {@code kubeward rbac paths [SUBJECT]}: shortest privilege-escalation paths. */
@Command(
    name = "paths",
    mixinStandardHelpOptions = true,
    description = {
      "Show the shortest privilege-escalation paths to cluster-admin (or to reading secrets, or to running code on"
          + " nodes): from SUBJECT, or from every identity that has one. Steps go through what Kubernetes does with a"
          + " grant: creating pods runs as any service account of the namespace, exec reaches the workloads' service"
          + " accounts, reading secrets reveals the tokens stored there, impersonation, bind and escalate, approving"
          + " client certificates, the kubelet API.",
      "Formats: text (default), json, dot (Graphviz), mermaid. A SUBJECT starting with 'sa:', 'user:' or 'group:'"
          + " is read as one; any other first argument is a path."
    })
final class RbacPathsCommand implements Callable<Integer> {

  @ParentCommand RbacCommand parent;

  @Spec CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "[SUBJECT] PATH", description = "An optional subject (user:NAME, group:NAME, sa:NAMESPACE/NAME), then files or folders; - for standard input. Default: the current directory.")
  List<String> args = new ArrayList<>();

  @Option(names = "--to", paramLabel = "TARGET", description = "cluster-admin (default), secrets or nodes.")
  String to = "cluster-admin";

  @Mixin RbacInputOptions input;

  @Mixin OutputOptions output;

  @Override
  public Integer call() {
    Context ctx = parent.context();
    List<OutputOptions.Target> targets = output.targets(PathsWriter.FORMATS);
    Target target = Target.parse(to).orElseThrow(() ->
        new CommandLine.ParameterException(spec.commandLine(), "--to " + to + ": choose cluster-admin, secrets or nodes"));
    Optional<Subject> from = Optional.empty();
    List<String> paths = new ArrayList<>(args);
    if (!paths.isEmpty() && (paths.get(0).startsWith("user:") || paths.get(0).startsWith("group:")
        || paths.get(0).startsWith("sa:") || paths.get(0).startsWith("system:serviceaccount:"))) {
      String who = paths.remove(0);
      from = Optional.of(input.parsed(() -> SubjectSpec.parse(who, List.of())).subject());
    }
    RbacInput read = input.read(paths);
    EscalationGraph graph = EscalationGraph.of(read.model(), from.map(List::of).orElse(List.of()));
    List<EscalationPath> found = from.isPresent()
        ? graph.pathFrom(from.get(), target).map(List::of).orElse(List.of())
        : graph.pathsTo(target);
    Optional<Subject> source = from;
    output.write(targets, (t, w) -> PathsWriter.write(t.format(), target, source, found, read, w), ctx.out());
    RbacInputOptions.problemsToStderr(targets, "text", read, ctx.err());
    return read.hasErrors() ? ExitCodes.USAGE : ExitCodes.OK;
  }
}
