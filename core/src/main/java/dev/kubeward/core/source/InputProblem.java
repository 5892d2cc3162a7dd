package dev.kubeward.core.source;

/**
 * A problem with the input, said to the user with where it is and what to do. Errors make the
 * scan exit with code 2; warnings are printed but do not change the exit code.
 */
public record InputProblem(String file, int line, int column, String message, boolean error) {

  public static InputProblem error(String file, int line, int column, String message) {
    return new InputProblem(file, line, column, message, true);
  }

  public static InputProblem error(String file, String message) {
    return new InputProblem(file, 0, 0, message, true);
  }

  public static InputProblem warning(String file, int line, int column, String message) {
    return new InputProblem(file, line, column, message, false);
  }

  /** {@code file:line:column: message}, the form editors and CI logs link. */
  public String describe() {
    String where = line > 0 ? file + ":" + line + ":" + column : file;
    return where + ": " + (error ? "error: " : "warning: ") + message;
  }
}
