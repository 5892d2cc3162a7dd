package dev.kubeward.rbac;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** The shared conformance corpora beside the project root; tests skip with a message without them. */
final class Corpus {

  private Corpus() {}

  static Path rbac() {
    Path dir = Path.of(System.getProperty("kubeward.projectRoot", "..")).toAbsolutePath().normalize()
        .resolve("../shared/corpora/rbac").normalize();
    Assumptions.assumeTrue(Files.isDirectory(dir),
        "skipped: the RBAC corpus is not at " + dir + " (../shared/corpora beside the project root); this test needs it");
    return dir;
  }
}
