package dev.kubeward.cli;

/** The {@code kubeward} command. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line in this process and returns the exit code. */
  public static int run(String... args) {
    return run(Context.system(), args);
  }

  static int run(Context context, String... args) {
    return KubewardCommand.commandLine(context).execute(args);
  }
}
