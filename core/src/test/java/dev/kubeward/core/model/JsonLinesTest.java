package dev.kubeward.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kubeward.core.source.InputProblem;
import dev.kubeward.core.source.SourceFile;
import dev.kubeward.core.source.SourceWalker;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** JSON Lines files ({@code *.jsonl}, an ABAC policy file): one object a line, positions in the file's lines. */
class JsonLinesTest {

  private static final String POLICIES = """
      # policies for the test cluster
      {"apiVersion": "abac.authorization.kubernetes.io/v1beta1", "kind": "Policy", "spec": {"user": "alice", "resource": "pods"}}

        {"apiVersion": "abac.authorization.kubernetes.io/v1beta1", "kind": "Policy", "spec": {"group": "*", "readonly": true}}
      {"user": "bob"}
      """;

  private static ManifestReader.FileResult read(String name, String text) {
    return new ManifestReader().parse(new SourceFile(name, Optional.empty()), text);
  }

  @Test
  void eachLineIsAnObjectAtItsLineAndColumn() {
    ManifestReader.FileResult r = read("abac.jsonl", POLICIES);
    assertThat(r.problems()).isEmpty();
    assertThat(r.resources()).hasSize(2);
    Resource second = r.resources().get(1);
    assertThat(second.root().line()).isEqualTo(4);
    Field group = second.root().at("spec", "group").orElseThrow();
    assertThat(group.line()).isEqualTo(4);
    assertThat(group.column()).isEqualTo(POLICIES.lines().toList().get(3).indexOf("\"group\"") + 1);
    assertThat(r.resources().get(0).root().at("spec", "user").flatMap(Field::text)).contains("alice");
    assertThat(r.skipped()).singleElement().satisfies(s -> assertThat(s.line()).isEqualTo(5));
  }

  @Test
  void aBadLineIsReportedAtItsLineAndTheOthersAreRead() {
    ManifestReader.FileResult r = read("abac.jsonl", """
        {"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "a"}}
        {"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "b"
        {"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "c"}}
        """);
    assertThat(r.resources()).extracting(Resource::name).containsExactly("a", "c");
    assertThat(r.problems()).singleElement().satisfies(p -> {
      assertThat(p.line()).isEqualTo(2);
      assertThat(p.error()).isTrue();
      assertThat(p.message()).contains("one JSON object a line");
    });
  }

  @Test
  void twoObjectsInAJsonFileAreStillAnError() {
    ManifestReader.FileResult r = read("data.json", "{\"a\": 1}\n{\"b\": 2}\n");
    assertThat(r.problems()).extracting(InputProblem::line).containsExactly(2);
  }

  @Test
  void directoriesYieldJsonLinesFiles() {
    assertThat(SourceWalker.isManifestName("policy.jsonl")).isTrue();
    assertThat(SourceWalker.isManifestName("policy.txt")).isFalse();
  }
}
