package dev.kubeward.cli;

import dev.kubeward.core.KubewardException;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The output options every command shares: {@code --format} and repeatable {@code -o FORMAT[=FILE]}. */
final class OutputOptions {

  /** When colour is used. */
  enum ColorMode { AUTO, ALWAYS, NEVER }

  @Option(names = "--format", paramLabel = "FORMAT",
      description = "Output format to standard output (see the command's help for its formats). Default: table.")
  String format;

  @Option(names = {"-o", "--output"}, paramLabel = "FORMAT[=FILE]",
      description = "Write FORMAT to FILE (standard output without =FILE). Repeatable, e.g. -o sarif=out.sarif -o table.")
  List<String> outputs = new ArrayList<>();

  @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto",
      description = "Colour in table output: auto (a terminal, unless NO_COLOR is set), always, never.")
  ColorMode color;

  /** A format and where it goes. */
  record Target(String format, Optional<Path> file) {}

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
      Optional<Path> file = eq < 0 ? Optional.empty() : Optional.of(Path.of(o.substring(eq + 1)));
      if (file.isPresent() && file.get().toString().isEmpty()) {
        throw new KubewardException("-o " + o + ": name a file after '=', or leave '=' out for standard output");
      }
      out.add(new Target(known(name, formats), file));
    }
    if (out.isEmpty()) {
      out.add(new Target(formats.get(0), Optional.empty()));
    }
    if (out.stream().filter(t -> t.file().isEmpty()).count() > 1) {
      throw new KubewardException("only one format can go to standard output; give the others a file: -o FORMAT=FILE");
    }
    return out;
  }

  private static String known(String name, List<String> formats) {
    if (!formats.contains(name)) {
      throw new KubewardException("unknown format \"" + name + "\"; choose one of " + String.join(", ", formats));
    }
    return name;
  }

  boolean colorFor(Target t) {
    if (t.file().isPresent()) {
      return color == ColorMode.ALWAYS;
    }
    return switch (color) {
      case ALWAYS -> true;
      case NEVER -> false;
      case AUTO -> Terminal.colorAllowed();
    };
  }

  /** Writes the report to every target; a file that cannot be written is an input error. */
  void write(List<Target> targets, Renderer renderer, PrintStream stdout) {
    for (Target t : targets) {
      try {
        if (t.file().isPresent()) {
          Path p = t.file().get();
          if (p.toAbsolutePath().getParent() != null) {
            Files.createDirectories(p.toAbsolutePath().getParent());
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
        throw new KubewardException("cannot write " + t.format() + " output to "
            + t.file().map(Path::toString).orElse("standard output") + ": " + e.getMessage());
      }
    }
  }
}
