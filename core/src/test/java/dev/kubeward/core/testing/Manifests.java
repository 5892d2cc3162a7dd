package dev.kubeward.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kubeward.core.model.ManifestReader;
import dev.kubeward.core.model.Resource;
import dev.kubeward.core.source.InputProblem;
import dev.kubeward.core.source.SourceFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Reading manifests in tests: from text, or from bytes written to a real file. */
public final class Manifests {

  public static final String FILE = "test.yaml";

  private Manifests() {}

  /** Reads {@code text} as the content of a file named {@value #FILE}. */
  public static ManifestReader.FileResult read(String text) {
    return new ManifestReader().parse(new SourceFile(FILE, Optional.empty()), text);
  }

  /** Writes {@code bytes} to {@code dir/name} and reads that file as the CLI would. */
  public static ManifestReader.FileResult readFile(Path dir, String name, byte[] bytes) {
    Path file = write(dir, name, bytes);
    return new ManifestReader().read(SourceFile.of(file, dir));
  }

  /** The {@code .yaml} files under {@code dir}, at any depth, in path order. */
  public static java.util.List<Path> yamlFilesUnder(Path dir) {
    try (java.util.stream.Stream<Path> s = Files.walk(dir)) {
      return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Path write(Path dir, String name, String text) {
    return write(dir, name, text.getBytes(StandardCharsets.UTF_8));
  }

  public static Path write(Path dir, String name, byte[] bytes) {
    try {
      Path file = dir.resolve(name);
      Files.createDirectories(file.getParent());
      return Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static List<String> names(ManifestReader.FileResult r) {
    return r.resources().stream().map(Resource::name).toList();
  }

  /** The one problem of a result, asserted to be the only one. */
  public static InputProblem onlyProblem(ManifestReader.FileResult r) {
    assertThat(r.problems()).as("problems").hasSize(1);
    return r.problems().get(0);
  }

  /**
   * Asserts that a message speaks to the user: no Java class or exception names, no stack
   * frames.
   */
  public static void assertReadable(String message) {
    assertThat(message)
        .doesNotContain("Exception")
        .doesNotContain("java.")
        .doesNotContain("org.snakeyaml")
        .doesNotContainPattern("\\bat [a-z]+\\.[a-z]")
        .doesNotContain("dev.kubeward");
  }
}
