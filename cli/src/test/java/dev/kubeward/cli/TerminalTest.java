package dev.kubeward.cli;

import static dev.kubeward.cli.Cli.cli;
import static dev.kubeward.cli.Cli.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kubeward.cli.Cli.Manifests;
import dev.kubeward.cli.Cli.Result;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Colour only for a person at a terminal, and a progress line only there and outside CI. */
class TerminalTest {

  private static final String ESC = "\u001b[";

  @TempDir Path dir;

  private Path manifest() {
    return write(dir.resolve("web.yaml"), Manifests.ESCALATION);
  }

  @Test
  void colourAtATerminal() {
    assertThat(cli().terminal().run("scan", manifest()).out()).contains(ESC + "33mMEDIUM");
  }

  @Test
  void noColourWithNoColorSet() {
    assertThat(cli().terminal().env("NO_COLOR", "1").run("scan", manifest()).out()).doesNotContain(ESC);
  }

  @Test
  void noColourWhenOutputIsNotATerminal() {
    assertThat(cli().run("scan", manifest()).out()).doesNotContain(ESC);
  }

  @Test
  void noColourOnADumbTerminal() {
    assertThat(cli().terminal().env("TERM", "dumb").run("scan", manifest()).out()).doesNotContain(ESC);
  }

  @Test
  void colorOptionOverridesTheGuess() {
    assertThat(cli().run("scan", "--color", "always", manifest()).out()).contains(ESC);
    assertThat(cli().terminal().run("scan", "--color", "never", manifest()).out()).doesNotContain(ESC);
  }

  @Test
  void neverColourInAFileUnlessAsked() {
    Path table = dir.resolve("report.txt");
    cli().terminal().run("scan", "-o", "table=" + table, manifest());
    assertThat(table).content().doesNotContain(ESC).contains("Deployment/shop/web");
  }

  @Test
  void machineFormatsAreNeverColoured() {
    assertThat(cli().terminal().run("scan", "--format", "json", manifest()).out()).doesNotContain(ESC);
  }

  private Path manyFiles() {
    Path folder = dir.resolve("many");
    for (int i = 0; i < 25; i++) {
      write(folder.resolve("pod-" + i + ".yaml"), Manifests.CLEAN.replace("name: clean", "name: clean-" + i));
    }
    return folder;
  }

  @Test
  void progressLineAtATerminal() {
    Result r = cli().terminal().run("scan", manyFiles());
    assertThat(r.err()).contains("\rkubeward: scanning 25/25 files (100%)").endsWith("\r" + ESC + "K");
    assertThat(r.out()).doesNotContain("scanning");
  }

  @Test
  void noProgressLineInPipesInCiOrWhenTurnedOff() {
    Path folder = manyFiles();
    assertThat(cli().run("scan", folder).err()).isEmpty();
    assertThat(cli().terminal().env("CI", "true").run("scan", folder).err()).isEmpty();
    assertThat(cli().terminal().env("TERM", "dumb").run("scan", folder).err()).isEmpty();
    assertThat(cli().terminal().run("scan", "--no-progress", folder).err()).isEmpty();
  }

  @Test
  void theRules() {
    assertThat(new Terminal(Map.of(), true).colorAllowed()).isTrue();
    assertThat(new Terminal(Map.of("NO_COLOR", ""), true).colorAllowed()).as("empty NO_COLOR is unset").isTrue();
    assertThat(new Terminal(Map.of("NO_COLOR", "0"), true).colorAllowed()).as("any value counts").isFalse();
    assertThat(new Terminal(Map.of(), false).colorAllowed()).isFalse();
    assertThat(new Terminal(Map.of(), true).progressAllowed()).isTrue();
    assertThat(new Terminal(Map.of("CI", "1"), true).progressAllowed()).isFalse();
    assertThat(new Terminal(Map.of("CI", "false"), true).progressAllowed()).isTrue();
    assertThat(new Terminal(Map.of("CI", "true"), false).progressAllowed()).isFalse();
  }
}
