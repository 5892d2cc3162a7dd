package dev.kubeward.core.source;

import static dev.kubeward.core.testing.Manifests.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.kubeward.core.model.ManifestReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

class SourceWalkerTest {

  @TempDir Path dir;

  private SourceWalker.Walk walk(String... args) {
    return new SourceWalker(dir, name -> false).walk(List.of(args));
  }

  private static List<String> names(SourceWalker.Walk w) {
    return w.files().stream().map(SourceFile::name).toList();
  }

  @Test
  void aDirectoryGivesItsManifestsInNameOrderSkippingDotFoldersAndOtherFiles() {
    write(dir, "b.yaml", "x: 1");
    write(dir, "a.yml", "x: 1");
    write(dir, "c.json", "{}");
    write(dir, "README.md", "# no");
    write(dir, "sub/d.YAML", "x: 1");
    write(dir, ".git/e.yaml", "x: 1");

    var w = walk(dir.toString());

    assertThat(names(w)).containsExactly("a.yml", "b.yaml", "c.json", "sub/d.YAML");
    assertThat(w.problems()).isEmpty();
  }

  @Test
  void excludedPathsAreLeftOut() {
    write(dir, "keep.yaml", "x: 1");
    write(dir, "vendor/skip.yaml", "x: 1");
    write(dir, "drop.yaml", "x: 1");

    var w = new SourceWalker(dir, name -> name.equals("vendor") || name.equals("drop.yaml")).walk(List.of(dir.toString()));

    assertThat(names(w)).containsExactly("keep.yaml");
  }

  @Test
  void aSymlinkLoopIsOneWarningAndTheWalkGoesOn() throws IOException {
    write(dir, "a/one.yaml", "x: 1");
    write(dir, "z/two.yaml", "x: 1");
    Files.createSymbolicLink(dir.resolve("a/loop"), dir);

    var w = walk(dir.toString());

    assertThat(names(w)).containsExactly("a/one.yaml", "z/two.yaml");
    assertThat(w.problems()).singleElement().satisfies(p -> {
      assertThat(p.file()).isEqualTo("a/loop");
      assertThat(p.error()).isFalse();
      assertThat(p.message()).contains("symbolic link loop");
    });
  }

  @Test
  void aLinkToAFileInsideTheTreeIsFollowed() throws IOException {
    write(dir, "real/app.yaml", "x: 1");
    Files.createSymbolicLink(dir.resolve("alias.yaml"), dir.resolve("real/app.yaml"));

    assertThat(names(walk(dir.toString()))).containsExactly("alias.yaml", "real/app.yaml");
  }

  @Test
  void aBrokenSymlinkInADirectoryIsReported() throws IOException {
    write(dir, "ok.yaml", "x: 1");
    Files.createSymbolicLink(dir.resolve("gone.yaml"), dir.resolve("missing.yaml"));
    Files.createSymbolicLink(dir.resolve("gone.txt"), dir.resolve("missing.txt"));

    var w = walk(dir.toString());

    assertThat(names(w)).containsExactly("ok.yaml");
    assertThat(w.problems()).singleElement().satisfies(p -> {
      assertThat(p.file()).isEqualTo("gone.yaml");
      assertThat(p.message()).contains("broken symbolic link");
    });
  }

  @Test
  void aBrokenSymlinkOrMissingPathAsArgumentIsReported() throws IOException {
    Path link = Files.createSymbolicLink(dir.resolve("gone.yaml"), dir.resolve("missing.yaml"));

    var w = walk(link.toString(), dir.resolve("nothing-here.yaml").toString());

    assertThat(w.files()).isEmpty();
    assertThat(w.problems()).extracting(InputProblem::message).containsExactly(
        "a broken symbolic link; check the path", "no such file or directory; check the path");
  }

  /**
   * Runs {@code body} while {@code path} has mode 000, or skips the test where that does not stop
   * reading (as root), then gives the owner back {@code mode}.
   */
  private static void whileUnreadable(Path path, String mode, Executable body) throws Throwable {
    Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("---------"));
    try {
      assumeFalse(Files.isReadable(path), "running with privileges that read " + path.getFileName()
          + " despite chmod 000 (root?): the permission error cannot be provoked");
      body.execute();
    } finally {
      Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(mode));
    }
  }

  @Test
  void anUnreadableFileIsAnErrorWhenReadAndTheRestIsRead() throws Throwable {
    Path secret = write(dir, "secret.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: s}\n");
    write(dir, "public.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: p}\n");

    whileUnreadable(secret, "rw-------", () -> {
      var w = walk(dir.toString());
      assertThat(names(w)).containsExactly("public.yaml", "secret.yaml");
      List<InputProblem> problems = new ArrayList<>();
      int resources = 0;
      for (SourceFile f : w.files()) {
        ManifestReader.FileResult r = new ManifestReader().read(f);
        problems.addAll(r.problems());
        resources += r.resources().size();
      }
      assertThat(resources).isEqualTo(1);
      assertThat(problems).singleElement().satisfies(p -> {
        assertThat(p.file()).isEqualTo("secret.yaml");
        assertThat(p.message()).contains("permission denied");
      });
    });
  }

  @Test
  void anUnreadableDirectoryIsAnErrorAndTheWalkGoesOn() throws Throwable {
    Path closed = Files.createDirectories(dir.resolve("closed"));
    write(dir, "closed/hidden.yaml", "x: 1");
    write(dir, "open.yaml", "x: 1");

    whileUnreadable(closed, "rwx------", () -> {
      var w = walk(dir.toString());
      assertThat(names(w)).containsExactly("open.yaml");
      assertThat(w.problems()).singleElement().satisfies(p -> {
        assertThat(p.file()).isEqualTo("closed");
        assertThat(p.error()).isTrue();
        assertThat(p.message()).contains("permission denied");
      });
    });
  }

  @Test
  void tenThousandSmallFilesAreAllFoundInAStableOrder() {
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      String name = "d" + (i % 10) + "/f" + String.format("%05d", (i * 7919) % 10_000) + ".yaml";
      write(dir, name, "x: " + i);
      expected.add(name);
    }
    expected.sort(null);

    var first = walk(dir.toString());
    var second = walk(dir.toString());

    assertThat(first.problems()).isEmpty();
    assertThat(names(first)).hasSize(10_000).isEqualTo(expected).isEqualTo(names(second));
  }

  @Test
  void aDashIsStandardInput() {
    assertThat(walk("-").files()).containsExactly(SourceFile.stdin());
  }
}
