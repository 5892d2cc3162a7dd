package dev.kubeward.cli;

import picocli.CommandLine.Option;

/**
 * {@code --debug}, shared by every command that reads input: an internal error then shows its
 * stack trace. {@link KubewardCommand} asks the parse result whether it was given.
 */
final class DebugOption {

  @Option(names = "--debug", description = "Show stack traces of internal errors.")
  boolean debug;
}
