package dev.kubeward.core.source;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A file to read: {@code name} is how reports show it (relative to the working directory where
 * possible, {@code <stdin>} for standard input); {@code path} is absent for standard input.
 */
public record SourceFile(String name, Optional<Path> path) {

  public static final String STDIN = "<stdin>";

  public static SourceFile stdin() {
    return new SourceFile(STDIN, Optional.empty());
  }

  public static SourceFile of(Path path, Path base) {
    Path abs = path.toAbsolutePath().normalize();
    Path b = base.toAbsolutePath().normalize();
    String name = abs.startsWith(b) && !abs.equals(b) ? b.relativize(abs).toString() : path.toString();
    return new SourceFile(name, Optional.of(path));
  }
}
