package dev.kubeward.cli;

import picocli.CommandLine;

/** The {@code kubeward} command. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns the exit code (for tests and the launcher alike). */
  public static int run(String... args) {
    return KubewardCommand.commandLine().execute(args);
  }
}
