package dev.kubeward.cli;

import dev.kubeward.rbac.Decision;
import dev.kubeward.rbac.input.RbacInput;
import dev.kubeward.rbac.output.CanIWriter;
import dev.kubeward.rbac.query.AccessQuery;
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

/** {@code kubeward rbac can-i SUBJECT VERB TYPE[/NAME]}: yes or no, and why. */
@Command(
    name = "can-i",
    mixinStandardHelpOptions = true,
    description = {
      "Say whether SUBJECT may do VERB on TYPE[/NAME] (in NAMESPACE with -n; cluster-wide without), and why: every rule"
          + " that allows it, or, when denied, the grants that come close. SUBJECT is user:NAME (in system:authenticated,"
          + " and in every --group), group:NAME (what that group alone grants) or sa:NAMESPACE/NAME (the service account's"
          + " user name and groups).",
      "Formats: table (default), json. Exit codes: 0 yes; 1 no; 2 usage or input errors."
    })
final class RbacCanICommand implements Callable<Integer> {

  @ParentCommand RbacCommand parent;

  @Parameters(index = "0", paramLabel = "SUBJECT", description = "user:NAME, group:NAME or sa:NAMESPACE/NAME")
  String subject;

  @Parameters(index = "1", paramLabel = "VERB", description = "get, list, create, impersonate, ... or *")
  String verb;

  @Parameters(index = "2", paramLabel = "TYPE[/NAME]", description = "A resource type, optionally with a name; or a non-resource URL starting with /.")
  String target;

  @Parameters(index = "3..*", paramLabel = "PATH", description = "Files or folders; - for standard input. Default: the current directory.")
  List<String> paths = new ArrayList<>();

  @Option(names = "--group", paramLabel = "GROUP", description = "A group the user is in (with user:NAME). Repeatable.")
  List<String> groups = new ArrayList<>();

  @Option(names = "--subresource", paramLabel = "SUB", description = "A subresource: exec, log, scale, status, token, ...")
  String subresource;

  @Option(names = {"-n", "--namespace"}, paramLabel = "NAMESPACE", description = "The namespace of the request. Default: a cluster-wide request.")
  String namespace;

  @Mixin RbacInputOptions input;

  @Mixin OutputOptions output;

  @Override
  public Integer call() {
    Context ctx = parent.context();
    List<OutputOptions.Target> targets = output.targets(CanIWriter.FORMATS);
    SubjectSpec who = input.parsed(() -> SubjectSpec.parse(subject, groups));
    RbacInput read = input.read(paths);
    AccessQuery query = input.parsed(() -> AccessQuery.parse(verb, target, Optional.ofNullable(subresource),
        Optional.ofNullable(namespace), read.model().resourceTypes()));
    Decision d = read.model().authorize(who.identity(), query.request());
    output.write(targets, (t, w) -> CanIWriter.write(t.format(), who, query, d, read, w), ctx.out());
    RbacInputOptions.problemsToStderr(targets, "table", read, ctx.err());
    if (read.hasErrors()) {
      return ExitCodes.USAGE;
    }
    return d.allowed() ? ExitCodes.OK : ExitCodes.FINDINGS;
  }
}
