package dev.kubeward.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code kubeward rbac}: questions about RBAC (and ABAC) answered as the API server's authorizers would. */
@Command(
    name = "rbac",
    mixinStandardHelpOptions = true,
    description = {
      "Answer questions about who may do what, exactly as the API server's RBAC authorizer (and ABAC, with --abac) decides:"
          + " Roles, ClusterRoles (aggregation resolved), RoleBindings and ClusterRoleBindings of the input, and with"
          + " --with-defaults the default roles every cluster has.",
      "Exit codes: 0 answered; 1 can-i answered no; 2 usage or input errors (after answering from everything readable)."
    },
    subcommands = {RbacWhoCanCommand.class, RbacCanICommand.class, RbacPermissionsCommand.class, RbacPathsCommand.class,
        RbacBlastRadiusCommand.class})
final class RbacCommand implements Runnable {

  @ParentCommand KubewardCommand parent;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  Context context() {
    return parent.context();
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(),
        "name a question: who-can, can-i, permissions, paths or blast-radius, e.g. `kubeward rbac who-can get secrets .`");
  }
}
