package dev.kubeward.cli;

import java.io.Console;
import java.lang.reflect.Method;

/** What kind of place the output goes to: colour and progress only for a person at a terminal. */
final class Terminal {

  private Terminal() {}

  /** Standard input and output are a terminal (Console.isTerminal where the JDK has it). */
  static boolean interactive() {
    Console c = System.console();
    if (c == null) {
      return false;
    }
    try {
      Method m = Console.class.getMethod("isTerminal");
      return (Boolean) m.invoke(c);
    } catch (ReflectiveOperationException e) {
      return true;
    }
  }

  static boolean colorAllowed() {
    String noColor = System.getenv("NO_COLOR");
    return (noColor == null || noColor.isEmpty()) && !"dumb".equals(System.getenv("TERM")) && interactive();
  }

  /** A progress line on stderr: a terminal, and not a CI job. */
  static boolean progressAllowed() {
    String ci = System.getenv("CI");
    return (ci == null || ci.isEmpty() || ci.equals("false")) && !"dumb".equals(System.getenv("TERM")) && interactive();
  }
}
