package dev.kubeward.cli;

import dev.kubeward.rbac.SubjectAccess;
import dev.kubeward.rbac.input.RbacInput;
import dev.kubeward.rbac.output.WhoCanWriter;
import dev.kubeward.rbac.query.AccessQuery;
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

/** {@code kubeward rbac who-can VERB TYPE[/NAME]}: every subject allowed, where and through what. */
@Command(
    name = "who-can",
    mixinStandardHelpOptions = true,
    description = {
      "List every subject (user, group, service account) the authorizer would allow VERB on TYPE[/NAME] (or on a"
          + " non-resource URL such as /metrics), where it holds (cluster-wide or which namespaces) and through which"
          + " binding and role. TYPE is read as kubectl reads it: plural, singular or short name, or TYPE.GROUP"
          + " (deployments.apps); custom resources through CustomResourceDefinitions in the input.",
      "Without -n the question is \"anywhere\". system:masters is always listed: kube-apiserver never denies it.",
      "Formats: table (default), json."
    })
final class RbacWhoCanCommand implements Callable<Integer> {

  @ParentCommand RbacCommand parent;

  @Parameters(index = "0", paramLabel = "VERB", description = "get, list, watch, create, update, patch, delete, deletecollection, impersonate, bind, escalate, approve, use, ... or *")
  String verb;

  @Parameters(index = "1", paramLabel = "TYPE[/NAME]", description = "A resource type (pods, deploy, deployments.apps, *), optionally with an object's name; or a non-resource URL starting with /.")
  String target;

  @Parameters(index = "2..*", paramLabel = "PATH", description = "Files or folders (folders recursively: *.yaml, *.yml, *.json); - for standard input. Default: the current directory.")
  List<String> paths = new ArrayList<>();

  @Option(names = "--subresource", paramLabel = "SUB", description = "A subresource: exec, log, scale, status, token, ...")
  String subresource;

  @Option(names = {"-n", "--namespace"}, paramLabel = "NAMESPACE", description = "Ask about this namespace only. Default: anywhere.")
  String namespace;

  @Mixin RbacInputOptions input;

  @Mixin OutputOptions output;

  @Override
  public Integer call() {
    Context ctx = parent.context();
    List<OutputOptions.Target> targets = output.targets(WhoCanWriter.FORMATS);
    RbacInput read = input.read(paths);
    AccessQuery query = input.parsed(() -> AccessQuery.parse(verb, target, Optional.ofNullable(subresource),
        Optional.ofNullable(namespace), read.model().resourceTypes()));
    List<SubjectAccess> answer = read.model().whoCan(query.request(), query.namespace());
    output.write(targets, (t, w) -> WhoCanWriter.write(t.format(), query, answer, read, w), ctx.out());
    RbacInputOptions.problemsToStderr(targets, "table", read, ctx.err());
    return read.hasErrors() ? ExitCodes.USAGE : ExitCodes.OK;
  }
}
