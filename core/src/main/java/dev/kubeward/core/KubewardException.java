package dev.kubeward.core;

import dev.kubeward.core.source.InputProblem;
import java.util.List;

/**
 * A failure to tell the user about: what is wrong, where, what to do; the CLI prints the
 * problems without a stack trace (unless --debug) and exits with {@link #exitCode()}.
 */
public final class KubewardException extends RuntimeException {

  private static final long serialVersionUID = 1L;
  public static final int USAGE_OR_INPUT = 2;

  private final transient List<InputProblem> problems;
  private final int exitCode;

  public KubewardException(List<InputProblem> problems) {
    super(problems.isEmpty() ? "error" : problems.get(0).describe());
    this.problems = List.copyOf(problems);
    this.exitCode = USAGE_OR_INPUT;
  }

  public KubewardException(String message) {
    this(List.of(InputProblem.error("kubeward", message)));
  }

  public List<InputProblem> problems() {
    return problems;
  }

  public int exitCode() {
    return exitCode;
  }
}
