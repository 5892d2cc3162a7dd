package dev.kubeward.cli;

import dev.kubeward.core.KubewardException;
import dev.kubeward.core.source.InputProblem;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root command; the subcommands do the work. */
@Command(
    name = "kubeward",
    mixinStandardHelpOptions = true,
    versionProvider = KubewardCommand.Version.class,
    description = "Kubernetes security: check manifests, explain findings, enforce policies.",
    subcommands = {ScanCommand.class, PssCommand.class, CisCommand.class, NetpolCommand.class, RbacCommand.class, RulesCommand.class, CommandLine.HelpCommand.class},
    footer = {
      "",
      "Exit codes: 0 no finding at or above --fail-on; 1 findings at or above it; 2 usage or input errors.",
      "Documentation: README.md, docs/configuration.md, docs/json-report.md, docs/rules.md, docs/pss.md, docs/cis.md, docs/netpol.md, docs/rbac.md."
    })
public final class KubewardCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  private final Context context;

  KubewardCommand(Context context) {
    this.context = context;
  }

  Context context() {
    return context;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "name a command, e.g. `kubeward scan .`");
  }

  static CommandLine commandLine(Context context) {
    CommandLine cl = new CommandLine(new KubewardCommand(context));
    cl.setOut(writer(context.out()));
    cl.setErr(writer(context.err()));
    cl.setParameterExceptionHandler(KubewardCommand::usageError);
    cl.setExecutionExceptionHandler(KubewardCommand::failure);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    return cl;
  }

  private static PrintWriter writer(PrintStream stream) {
    return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
  }

  /** A mistake on the command line: what is wrong and where help is, not the whole usage text. */
  private static int usageError(CommandLine.ParameterException e, String[] args) {
    CommandLine cmd = e.getCommandLine();
    PrintWriter err = cmd.getErr();
    err.println("kubeward: error: " + e.getMessage());
    CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
    err.println("Run '" + cmd.getCommandSpec().qualifiedName() + " --help' for the options.");
    err.flush();
    return ExitCodes.USAGE;
  }

  /** User-facing failures print their problems; anything else is a bug, shown briefly unless --debug. */
  private static int failure(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
    PrintWriter err = cl.getErr();
    boolean debug = false;
    for (CommandLine.ParseResult p = parsed; p != null; p = p.subcommand()) {
      debug |= p.hasMatchedOption("--debug");
    }
    if (e instanceof KubewardException ke) {
      for (InputProblem p : ke.problems()) {
        err.println(p.describe());
      }
      if (debug) {
        e.printStackTrace(err);
      }
      err.flush();
      return ke.exitCode();
    }
    err.println("kubeward: internal error: " + e + (debug ? "" : " (run with --debug for details, and please report it)"));
    if (debug) {
      e.printStackTrace(err);
    }
    err.flush();
    return ExitCodes.USAGE;
  }

  static String version() {
    Properties p = new Properties();
    try (InputStream in = KubewardCommand.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      return "unknown";
    }
    return p.getProperty("version", "unknown");
  }

  /** Prints the version. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"kubeward " + version(), "Java " + Runtime.version()};
    }
  }
}
