package dev.kubeward.cli;

import static dev.kubeward.cli.Cli.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kubeward.cli.Cli.Manifests;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kubeward as its own process, for what an in-process run cannot change: the working directory
 * (no PATH scans it) and standard input. The working directory holds a configuration that
 * limits the catalogue to the two rules every branch has, which also shows it is found there.
 */
class ProcessTest {

  @TempDir Path dir;
  @TempDir Path logs;

  /** What the process printed and returned. */
  record Ran(int exit, String out, String err) {}

  @BeforeEach
  void workingDirectory() {
    write(dir.resolve(".kubeward.yaml"), "rules:\n  enableOnly: [KW-0001, KW-0002]\n");
  }

  private Ran kubeward(String stdin, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"),
        "-XX:TieredStopAtLevel=1",
        Main.class.getName()));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
    pb.environment().remove("NO_COLOR");
    pb.environment().remove("CI");
    Path out = logs.resolve("stdout.txt");
    Path err = logs.resolve("stderr.txt");
    pb.redirectOutput(out.toFile()).redirectError(err.toFile());
    Process p = pb.start();
    try (OutputStream in = p.getOutputStream()) {
      in.write(stdin.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      // the process may exit before reading standard input; its exit code tells
    }
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("kubeward finished").isTrue();
    return new Ran(p.exitValue(), Cli.read(out), Cli.read(err));
  }

  @Test
  void withoutAPathTheWorkingDirectoryIsScanned() throws Exception {
    write(dir.resolve("deploy/agent.yaml"), Manifests.PRIVILEGED);
    write(dir.resolve("deploy/web.yaml"), Manifests.ESCALATION);
    Ran r = kubeward("", "scan");
    assertThat(r.exit()).as(r.err()).isEqualTo(1);
    assertThat(r.out())
        .startsWith("deploy/agent.yaml\n  DaemonSet/kube-system/node-agent\n")
        .contains("deploy/web.yaml\n  Deployment/shop/web\n")
        .contains("2 files, 2 resources, 2 findings (1 critical, 1 medium). FAIL")
        .doesNotContain("\u001b[");
    assertThat(r.err()).as("no progress line in a pipe").isEmpty();
  }

  @Test
  void standardInput() throws Exception {
    Ran r = kubeward(Manifests.PRIVILEGED + "---\n" + Manifests.CLEAN, "scan", "--format", "json", "-");
    assertThat(r.exit()).as(r.err()).isEqualTo(1);
    assertThat(r.out()).contains("\"file\" : \"<stdin>\"", "\"line\" : 15", "\"resources\" : 2");
  }

  @Test
  void standardInputAlongsideFiles() throws Exception {
    write(dir.resolve("web.yaml"), Manifests.ESCALATION);
    Ran r = kubeward(Manifests.CLEAN, "scan", "--fail-on", "medium", "web.yaml", "-");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).startsWith("web.yaml\n").contains("2 files, 2 resources, 1 finding (1 medium)");
    Ran twice = kubeward("", "scan", "-", "-");
    assertThat(twice.exit()).isEqualTo(2);
    assertThat(twice.err()).startsWith("kubeward: error: - (standard input) can be given only once");
  }

  @Test
  void aFileGivenByNameIsReadWhateverItsExtension() throws Exception {
    write(dir.resolve("rendered.txt"), Manifests.ESCALATION);
    write(dir.resolve("notes.txt"), Manifests.PRIVILEGED);
    Ran named = kubeward("", "scan", "--fail-on", "medium", "rendered.txt");
    assertThat(named.exit()).isEqualTo(1);
    assertThat(named.out()).startsWith("rendered.txt\n  Deployment/shop/web\n");
    Ran folder = kubeward("", "scan", ".");
    assertThat(folder.exit()).as("a folder is searched for *.yaml, *.yml and *.json only").isZero();
    assertThat(folder.out()).contains("no *.yaml, *.yml or *.json file found; nothing was scanned");
  }
}
