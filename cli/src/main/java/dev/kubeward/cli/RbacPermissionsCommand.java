package dev.kubeward.cli;

import dev.kubeward.rbac.input.RbacInput;
import dev.kubeward.rbac.output.PermissionsWriter;
import dev.kubeward.rbac.query.Permissions;
import dev.kubeward.rbac.query.SubjectSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code kubeward rbac permissions SUBJECT}: effective rules, merged and minimised, per namespace. */
@Command(
    name = "permissions",
    mixinStandardHelpOptions = true,
    description = {
      "Show SUBJECT's effective RBAC permissions, cluster-wide and per namespace, merged and minimised (a grant that"
          + " another covers is left out, a namespace's grants also when a cluster-wide one covers them), each rule with"
          + " the bindings and roles it comes from; and the grants that can never take effect.",
      "Formats: table (default), json."
    })
final class RbacPermissionsCommand implements Callable<Integer> {

  @ParentCommand RbacCommand parent;

  @Parameters(index = "0", paramLabel = "SUBJECT", description = "user:NAME, group:NAME or sa:NAMESPACE/NAME")
  String subject;

  @Parameters(index = "1..*", paramLabel = "PATH", description = "Files or folders; - for standard input. Default: the current directory.")
  List<String> paths = new ArrayList<>();

  @Option(names = "--group", paramLabel = "GROUP", description = "A group the user is in (with user:NAME). Repeatable.")
  List<String> groups = new ArrayList<>();

  @Mixin RbacInputOptions input;

  @Mixin OutputOptions output;

  @Override
  public Integer call() {
    Context ctx = parent.context();
    List<OutputOptions.Target> targets = output.targets(PermissionsWriter.FORMATS);
    SubjectSpec who = input.parsed(() -> SubjectSpec.parse(subject, groups));
    RbacInput read = input.read(paths);
    Permissions p = Permissions.of(read.model(), who.subject(), who.identity());
    output.write(targets, (t, w) -> PermissionsWriter.write(t.format(), p, read, w), ctx.out());
    RbacInputOptions.problemsToStderr(targets, "table", read, ctx.err());
    return read.hasErrors() ? ExitCodes.USAGE : ExitCodes.OK;
  }
}
