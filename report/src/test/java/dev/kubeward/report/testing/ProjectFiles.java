package dev.kubeward.report.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/** Files of the source tree (docs, schemas), found from any module's tests. */
public final class ProjectFiles {

  private ProjectFiles() {}

  /** {@code relative} under the project root: the surefire property, else the nearest folder above that has it. */
  public static Path path(String relative) {
    String root = System.getProperty("kubeward.projectRoot");
    if (root != null && Files.exists(Path.of(root, relative))) {
      return Path.of(root, relative);
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.exists(dir.resolve(relative))) {
        return dir.resolve(relative);
      }
    }
    throw new IllegalStateException(relative + " not found above " + Path.of("").toAbsolutePath());
  }
}
