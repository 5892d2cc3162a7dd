package dev.kubeward.report;

import dev.kubeward.core.check.Severity;

/** ANSI styling that collapses to plain text when colour is off. */
record Ansi(boolean on) {

  String bold(String s) {
    return wrap("1", s);
  }

  String dim(String s) {
    return wrap("2", s);
  }

  String severity(Severity sev, String s) {
    return switch (sev) {
      case CRITICAL -> wrap("1;35", s);
      case HIGH -> wrap("1;31", s);
      case MEDIUM -> wrap("33", s);
      case LOW -> wrap("36", s);
      case INFO -> wrap("2", s);
    };
  }

  String green(String s) {
    return wrap("32", s);
  }

  String yellow(String s) {
    return wrap("33", s);
  }

  String red(String s) {
    return wrap("31", s);
  }

  private String wrap(String code, String s) {
    return on ? "\u001b[" + code + "m" + s + "\u001b[0m" : s;
  }
}
