package dev.kubeward.cli;

import dev.kubeward.core.KubewardException;
import dev.kubeward.core.source.InputProblem;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The output options every command shares: {@code --format} and repeatable {@code -o FORMAT[=FILE]}. */
final class OutputOptions {

  /** When colour is used. */
  enum ColorMode { AUTO, ALWAYS, NEVER }

  @Spec(Spec.Target.MIXEE) CommandSpec command;

  @Option(names = "--format", paramLabel = "FORMAT",
      description = "Output format to standard output: see the command's description for its formats and default (table for scan and pss, txt for netpol).")
  String format;

  @Option(names = {"-o", "--output"}, paramLabel = "FORMAT[=FILE]",
      description = "Write FORMAT to FILE (standard output without =FILE). Repeatable, e.g. -o sarif=out.sarif -o table.")
  List<String> outputs = new ArrayList<>();

  @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto",
      description = "Colour in table output: auto (a terminal, unless NO_COLOR is set), always, never.")
  ColorMode color;

  /** A format and where it goes. */
  record Target(String format, Optional<Path> file) {

    boolean toStdout() {
      return file.isEmpty();
    }
  }

  /** Renders one format to a writer. */
  @FunctionalInterface
  interface Renderer {
    void render(Target target, Writer out) throws IOException;
  }

  /** The targets asked for, checked against the command's {@code formats}; the first is the default. */
  List<Target> targets(List<String> formats) {
    List<Target> out = new ArrayList<>();
    if (format != null) {
      out.add(new Target(known(format, formats), Optional.empty()));
    }
    for (String o : outputs) {
      int eq = o.indexOf('=');
      String name = eq < 0 ? o : o.substring(0, eq);
      if (eq >= 0 && eq == o.length() - 1) {
        throw usage("-o " + o + ": name a file after '=', or leave '=' out for standard output");
      }
      out.add(new Target(known(name, formats), eq < 0 ? Optional.empty() : Optional.of(Path.of(o.substring(eq + 1)))));
    }
    if (out.isEmpty()) {
      out.add(new Target(formats.get(0), Optional.empty()));
    }
    if (out.stream().filter(Target::toStdout).count() > 1) {
      throw usage("only one format can go to standard output; give the others a file: -o FORMAT=FILE");
    }
    return out;
  }

  private String known(String name, List<String> formats) {
    if (!formats.contains(name)) {
      throw usage("unknown format \"" + name + "\"; choose one of " + String.join(", ", formats));
    }
    return name;
  }

  private CommandLine.ParameterException usage(String message) {
    return new CommandLine.ParameterException(command.commandLine(), message);
  }

  boolean colorFor(Target t, Terminal terminal) {
    return switch (color) {
      case ALWAYS -> true;
      case NEVER -> false;
      case AUTO -> t.toStdout() && terminal.colorAllowed();
    };
  }

  /** Writes the report to every target, creating missing folders; a file that cannot be written is an error. */
  void write(List<Target> targets, Renderer renderer, PrintStream stdout) {
    for (Target t : targets) {
      try {
        if (t.file().isPresent()) {
          Path p = t.file().get();
          Path parent = p.toAbsolutePath().getParent();
          if (parent != null) {
            Files.createDirectories(parent);
          }
          try (Writer w = Files.newBufferedWriter(p, StandardCharsets.UTF_8)) {
            renderer.render(t, w);
          }
        } else {
          Writer w = new OutputStreamWriter(stdout, StandardCharsets.UTF_8);
          renderer.render(t, w);
          w.flush();
        }
      } catch (IOException e) {
        String where = t.file().map(Path::toString).orElse("standard output");
        throw new KubewardException(List.of(InputProblem.error(where, "cannot write the " + t.format() + " output: " + reason(e))));
      }
    }
  }

  private static String reason(IOException e) {
    return switch (e) {
      case AccessDeniedException a -> "permission denied";
      case FileSystemException f when f.getReason() != null -> f.getReason();
      default -> String.valueOf(e.getMessage());
    };
  }
}
