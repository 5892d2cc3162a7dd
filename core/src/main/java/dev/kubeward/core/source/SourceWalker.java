package dev.kubeward.core.source;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Predicate;

/**
 * Expands the command line's paths into files: a file as given, a directory recursively (its
 * {@code *.yaml}, {@code *.yml}, {@code *.json} and {@code *.jsonl} (JSON Lines) files, in name order, skipping hidden files
 * and folders such as {@code .git} and {@code .kubeward.yaml}),
 * {@code -} for standard input. Symbolic links are followed; a link loop is reported once and
 * the walk goes on.
 */
public final class SourceWalker {

  /** The files found, in a stable order, and the paths that could not be walked. */
  public record Walk(List<SourceFile> files, List<InputProblem> problems) {}

  private final Path base;
  private final Predicate<String> excluded;

  /**
   * @param base what file names in reports are relative to
   * @param excluded given a file's report name, whether the configuration excludes it
   */
  public SourceWalker(Path base, Predicate<String> excluded) {
    this.base = base;
    this.excluded = excluded;
  }

  public static boolean isManifestName(String fileName) {
    String n = fileName.toLowerCase(java.util.Locale.ROOT);
    return n.endsWith(".yaml") || n.endsWith(".yml") || n.endsWith(".json") || n.endsWith(".jsonl");
  }

  public Walk walk(List<String> args) {
    List<SourceFile> files = new ArrayList<>();
    List<InputProblem> problems = new ArrayList<>();
    for (String arg : args) {
      if (arg.equals("-")) {
        files.add(SourceFile.stdin());
        continue;
      }
      Path p = Path.of(arg);
      if (!Files.exists(p)) {
        String why = Files.exists(p, LinkOption.NOFOLLOW_LINKS) ? "a broken symbolic link" : "no such file or directory";
        problems.add(InputProblem.error(arg, why + "; check the path"));
      } else if (Files.isDirectory(p)) {
        walkDirectory(p, files, problems);
      } else {
        files.add(SourceFile.of(p, base));
      }
    }
    return new Walk(files, problems);
  }

  private void walkDirectory(Path dir, List<SourceFile> files, List<InputProblem> walkProblems) {
    List<SourceFile> found = new ArrayList<>();
    List<InputProblem> problems = new ArrayList<>();
    try {
      Files.walkFileTree(
          dir,
          EnumSet.of(FileVisitOption.FOLLOW_LINKS),
          Integer.MAX_VALUE,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
              String n = d.getFileName() == null ? "" : d.getFileName().toString();
              if (!d.equals(dir) && n.startsWith(".")) {
                return FileVisitResult.SKIP_SUBTREE;
              }
              return excluded.test(SourceFile.of(d, base).name())
                  ? FileVisitResult.SKIP_SUBTREE
                  : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
              String n = f.getFileName().toString();
              if (n.startsWith(".") || !isManifestName(n)) {
                return FileVisitResult.CONTINUE;
              }
              SourceFile sf = SourceFile.of(f, base);
              if (excluded.test(sf.name())) {
                return FileVisitResult.CONTINUE;
              }
              if (attrs.isRegularFile()) {
                found.add(sf);
              } else if (attrs.isSymbolicLink()) {
                // The walk follows links; it hands over the link itself only when its target is missing.
                problems.add(InputProblem.error(sf.name(), "a broken symbolic link; fix or remove it"));
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path f, IOException e) {
              String name = SourceFile.of(f, base).name();
              if (e instanceof FileSystemLoopException) {
                problems.add(
                    InputProblem.warning(
                        name, 0, 0, "symbolic link loop; this link was not followed"));
              } else if (e instanceof AccessDeniedException) {
                problems.add(
                    InputProblem.error(name, "permission denied; make it readable or exclude it"));
              } else if (e instanceof NoSuchFileException) {
                if (isManifestName(f.getFileName().toString())) {
                  problems.add(InputProblem.error(name, "a broken symbolic link; fix or remove it"));
                }
              } else {
                problems.add(InputProblem.error(name, "cannot read: " + e.getMessage()));
              }
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      problems.add(InputProblem.error(dir.toString(), "cannot walk the directory: " + e.getMessage()));
    }
    // The file system's order is its own; reports must not change from one machine to the next.
    found.sort(Comparator.comparing(SourceFile::name));
    files.addAll(found);
    problems.sort(Comparator.comparing(InputProblem::file));
    walkProblems.addAll(problems);
  }
}
