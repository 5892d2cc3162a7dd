package dev.kubeward.report.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files: expected output kept beside the tests. Run with {@code -Dkubeward.updateGolden=true}
 * to rewrite them on purpose after a deliberate change, then review the diff.
 */
public final class Golden {

  public static final String UPDATE = "kubeward.updateGolden";

  private Golden() {}

  /** Compares {@code actual} with the file, or writes the file when updating. */
  public static void assertMatches(Path golden, String actual) {
    try {
      if (Boolean.getBoolean(UPDATE)) {
        Files.createDirectories(golden.toAbsolutePath().getParent());
        Files.writeString(golden, actual, StandardCharsets.UTF_8);
        return;
      }
      assertThat(golden)
          .as("golden file %s is missing; create it with -D%s=true", golden, UPDATE)
          .exists();
      assertThat(actual)
          .as("output differs from %s; if the change is intended, rerun with -D%s=true and review the diff", golden, UPDATE)
          .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
