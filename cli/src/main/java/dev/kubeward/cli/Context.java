package dev.kubeward.cli;

import dev.kubeward.core.check.Catalog;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.function.Supplier;

/**
 * What a command runs with: where it writes, what it knows of the terminal, the rules it can
 * run and the date exceptions expire against. {@link #system()} is the real process; tests give
 * their own, so the whole command line runs in-process with its output captured.
 */
record Context(PrintStream out, PrintStream err, Terminal terminal, Supplier<Catalog> catalog, LocalDate today) {

  static Context system() {
    return new Context(System.out, System.err, Terminal.system(), Catalog::load, LocalDate.now());
  }
}
