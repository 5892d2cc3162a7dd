package dev.kubeward.core.engine;

import static dev.kubeward.core.testing.Manifests.assertReadable;
import static dev.kubeward.core.testing.Manifests.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kubeward.core.config.Config;
import dev.kubeward.core.source.InputProblem;
import dev.kubeward.core.source.SourceFile;
import dev.kubeward.core.testing.TestChecks;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Values of the wrong type where the pod spec or its parts belong: each an error at its place,
 * nothing thrown, and the other resources of the file still checked.
 */
class WrongTypesTest {

  @TempDir Path dir;

  /** A privileged pod after the broken document: its finding proves the scan went on. */
  private static final String WITNESS = """
      ---
      apiVersion: v1
      kind: Pod
      metadata: {name: witness, labels: {team: a}}
      spec:
        containers: [{name: w, securityContext: {privileged: true}}]
      """;

  private ScanResult scan(String yaml) {
    SourceFile f = SourceFile.of(write(dir, "wrong.yaml", yaml + WITNESS), dir);
    return new Engine(TestChecks.catalog(), new Engine.Options(Config.EMPTY, true, Set.of(), EngineTest.TODAY, 1))
        .scan(List.of(f), Progress.NONE);
  }

  private static InputProblem onlyError(ScanResult r) {
    List<InputProblem> errors = r.problems().stream().filter(InputProblem::error).toList();
    assertThat(errors).as("errors of %s", r.problems()).hasSize(1);
    assertThat(r.findings()).as("the witness is still checked")
        .anySatisfy(f -> assertThat(f.finding().resource().name()).isEqualTo("witness"));
    assertReadable(errors.get(0).message());
    return errors.get(0);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    // what is wrong                 | yaml after "spec:\n  template:\n    spec:\n"          | line | column | message
    "containers: a string            | '      containers: x'                                  | 7 | 7 | spec.template.spec.containers must be a list of mappings, found a string",
    "a container that is a number    | '      containers: [5]'                                | 7 | 20 | spec.template.spec.containers[0] must be a mapping, found a number",
    "securityContext: a list         | '      securityContext: []'                            | 7 | 7 | spec.template.spec.securityContext must be a mapping, found a list",
    "hostNetwork: quoted             | '      hostNetwork: \"true\"'                          | 7 | 7 | spec.template.spec.hostNetwork must be a boolean (true or false), found a string",
    "container securityContext: list | '      containers: [{name: a, securityContext: [x]}]'  | 7 | 30 | spec.template.spec.containers[0].securityContext must be a mapping, found a list",
    "privileged: a number            | '      containers: [{name: a, securityContext: {privileged: 1}}]' | 7 | 48 | spec.template.spec.containers[0].securityContext.privileged must be a boolean (true or false), found a number",
    "capabilities.add: a string      | '      containers: [{name: a, securityContext: {capabilities: {add: ALL}}}]' | 7 | 63 | spec.template.spec.containers[0].securityContext.capabilities.add must be a list, found a string",
  })
  void wrongTypesInsideThePodSpecAreErrorsAtTheirPlace(String what, String podSpecLine, int line, int column, String message) {
    String yaml = """
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: web, labels: {team: a}}
        spec:
          template:
            spec:
        """ + podSpecLine + "\n";

    InputProblem p = onlyError(scan(yaml));

    assertThat(p.line()).isEqualTo(line);
    assertThat(p.column()).isEqualTo(column);
    assertThat(p.message()).isEqualTo(message + " (in Deployment/web); the API server would reject this object");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "spec: 5                | Deployment | 'spec: 5'                               | 4 | 1 | spec must be a mapping, found a number",
    "template: []           | Deployment | 'spec:\\n  template: []'                 | 5 | 3 | spec.template must be a mapping, found a list",
    "template.spec: string  | StatefulSet | 'spec:\\n  template:\\n    spec: none' | 6 | 5 | spec.template.spec must be a mapping, found a string",
    "template.metadata: 3   | DaemonSet  | 'spec:\\n  template:\\n    metadata: 3\\n    spec: {}' | 6 | 5 | spec.template.metadata must be a mapping, found a number",
    "jobTemplate: a list    | CronJob    | 'spec:\\n  jobTemplate: [a]'              | 5 | 3 | spec.jobTemplate must be a mapping, found a list",
    "Pod spec: a list       | Pod        | 'spec: [containers]'                    | 4 | 1 | spec must be a mapping, found a list",
  })
  void wrongTypesOnTheWayToThePodSpecAreErrorsAtTheirPlace(String what, String kind, String rest, int line, int column, String message) {
    String apiVersion = switch (kind) {
      case "Pod" -> "v1";
      case "CronJob" -> "batch/v1";
      default -> "apps/v1";
    };
    String yaml = "apiVersion: " + apiVersion + "\nkind: " + kind + "\nmetadata: {name: w, labels: {team: a}}\n"
        + rest.replace("\\n", "\n") + "\n";

    InputProblem p = onlyError(scan(yaml));

    assertThat(p.line()).isEqualTo(line);
    assertThat(p.column()).isEqualTo(column);
    assertThat(p.message()).startsWith(message + " (in " + kind + "/w)");
  }

  @Test
  void metadataThatIsANumberIsAnErrorAndTheResourceIsLeftOut() {
    ScanResult r = scan("apiVersion: v1\nkind: Pod\nmetadata: 3\nspec: {hostNetwork: true}\n");

    InputProblem p = onlyError(r);
    assertThat(p.line()).isEqualTo(3);
    assertThat(p.message()).isEqualTo("metadata must be a mapping, found a number");
    assertThat(r.resources()).isEqualTo(1);
  }

  @Test
  void severalWrongTypesComeInSourceOrder() {
    ScanResult r = scan("""
        apiVersion: v1
        kind: Pod
        metadata: {name: p, labels: {team: a}}
        spec:
          volumes: x
          hostPID: maybe
          containers:
          - name: a
            securityContext: {runAsNonRoot: sure}
            ports: 80
          securityContext: []
        """);

    assertThat(r.problems()).extracting(p -> p.line() + ":" + p.column()).containsExactly("5:3", "6:3", "9:23", "10:5", "11:3");
  }

  @Test
  void kubernetesBooleansAndNullsAreNoMismatch() {
    ScanResult r = scan("""
        apiVersion: v1
        kind: Pod
        metadata: {name: p, labels: {team: a}}
        spec:
          hostNetwork: yes
          hostPID: off
          securityContext:
          containers:
          - name: a
            securityContext: {privileged: N, capabilities: {drop: [ALL]}}
        """);

    assertThat(r.problems()).isEmpty();
    assertThat(r.findings()).extracting(f -> f.finding().rule().slug()).containsExactly("host-network-on", "privileged-flag");
  }
}
