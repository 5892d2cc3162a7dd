package dev.kubeward.cli;

import java.io.Console;
import java.lang.reflect.Method;
import java.util.Map;

/**
 * What kind of place the output goes to: colour and a progress line only for a person at a
 * terminal, never with {@code NO_COLOR} (colour), in CI (progress), or with {@code TERM=dumb}.
 *
 * @param env the environment variables
 * @param interactive whether standard input and output are a terminal
 */
record Terminal(Map<String, String> env, boolean interactive) {

  static Terminal system() {
    return new Terminal(System.getenv(), detectInteractive());
  }

  /** Console.isTerminal where the JDK has it (22+); before, a console exists only for a terminal. */
  private static boolean detectInteractive() {
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

  /** See https://no-color.org: set and not empty means no colour. */
  boolean colorAllowed() {
    return interactive && !isSet("NO_COLOR") && !dumb();
  }

  boolean progressAllowed() {
    String ci = env.getOrDefault("CI", "");
    boolean inCi = !ci.isEmpty() && !ci.equalsIgnoreCase("false") && !ci.equals("0");
    return interactive && !inCi && !dumb();
  }

  private boolean isSet(String name) {
    return !env.getOrDefault(name, "").isEmpty();
  }

  private boolean dumb() {
    return "dumb".equals(env.get("TERM"));
  }
}
