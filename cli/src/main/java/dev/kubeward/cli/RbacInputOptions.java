package dev.kubeward.cli;

import dev.kubeward.core.source.InputProblem;
import dev.kubeward.core.source.SourceFile;
import dev.kubeward.core.source.SourceWalker;
import dev.kubeward.rbac.input.RbacInput;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** What every {@code kubeward rbac} question reads: its paths, the defaults, ABAC policy files. */
final class RbacInputOptions {

  @Spec(Spec.Target.MIXEE) CommandSpec command;

  @Option(names = "--with-defaults",
      description = "Add the default ClusterRoles and ClusterRoleBindings every cluster has (system:masters bound to cluster-admin, the aggregated admin, edit and view, system:node, ...).")
  boolean withDefaults;

  @Option(names = "--abac", paramLabel = "FILE",
      description = "An ABAC policy file (the API server's --authorization-policy-file: one JSON policy a line) whose policies also allow requests. Repeatable.")
  List<Path> abac = new ArrayList<>();

  @Mixin DebugOption debug;

  /** What {@code parse} gives; its IllegalArgumentException is a usage error of the command, with its message. */
  <T> T parsed(java.util.function.Supplier<T> parse) {
    try {
      return parse.get();
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(command.commandLine(), e.getMessage());
    }
  }

  /** Reads the input of {@code paths} (the current directory when none). */
  RbacInput read(List<String> paths) {
    List<String> args = paths.isEmpty() ? List.of(".") : paths;
    if (args.stream().filter("-"::equals).count() > 1) {
      throw new CommandLine.ParameterException(command.commandLine(), "- (standard input) can be given only once");
    }
    Path base = Path.of("").toAbsolutePath();
    SourceWalker.Walk walk = new SourceWalker(base, name -> false).walk(args);
    List<InputProblem> problems = new ArrayList<>(walk.problems());
    if (walk.files().isEmpty() && walk.problems().isEmpty() && !withDefaults) {
      problems.add(InputProblem.warning(String.join(" ", args), 0, 0,
          "no *.yaml, *.yml or *.json file found; the answers hold for an empty cluster (add --with-defaults for the default roles)"));
    }
    List<SourceFile> abacFiles = abac.stream().map(p -> SourceFile.of(p, base)).toList();
    return RbacInput.read(walk.files(), withDefaults, abacFiles, problems);
  }

  /** Problems go to standard error when the table is not what standard output shows. */
  static void problemsToStderr(List<OutputOptions.Target> targets, String readable, RbacInput input, PrintStream err) {
    if (targets.stream().noneMatch(t -> t.toStdout() && t.format().equals(readable))) {
      input.problems().forEach(p -> err.println(p.describe()));
    }
  }
}
