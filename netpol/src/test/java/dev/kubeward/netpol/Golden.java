package dev.kubeward.netpol;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files, as the report module's: {@code -Dkubeward.updateGolden=true} rewrites them on
 * purpose (review the diff). Kept here because the report module depends on this one.
 */
public final class Golden {

  private Golden() {}

  public static void assertMatches(Path golden, String actual) {
    try {
      if (Boolean.getBoolean("kubeward.updateGolden")) {
        Files.createDirectories(golden.toAbsolutePath().getParent());
        Files.writeString(golden, actual, StandardCharsets.UTF_8);
        return;
      }
      assertThat(golden).as("golden file %s is missing; create it with -Dkubeward.updateGolden=true", golden).exists();
      assertThat(actual)
          .as("output differs from %s; if the change is intended, rerun with -Dkubeward.updateGolden=true and review the diff", golden)
          .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
