package dev.kubeward.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kubeward.core.source.SourceFile;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Helm values files: not objects, but handed to the checks that ask for them as HelmValues. */
class HelmValuesTest {

  private static final String VALUES = """
      replicas: 3
      postgresql:
        auth: {password: ""}
      ---
      second: document
      """;

  @ParameterizedTest
  @ValueSource(strings = {"values.yaml", "values-prod.yml", "values.dev.yaml", "charts/web/prod-values.yaml",
      "my_values.yaml", "VALUES.YAML"})
  void valuesFilesAreKnownByName(String name) {
    assertThat(ManifestReader.isHelmValuesFile(name)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"deployment.yaml", "valuesfile.yaml", "myvalues.yaml", "values.json", "values.yaml.bak"})
  void otherFilesAreNot(String name) {
    assertThat(ManifestReader.isHelmValuesFile(name)).isFalse();
  }

  @Test
  void aValuesDocumentIsSkippedAndAlsoHandedOverWhenAsked() {
    SourceFile file = new SourceFile("chart/values.yaml", Optional.empty());
    var plain = new ManifestReader().parse(file, VALUES);
    assertThat(plain.resources()).isEmpty();
    assertThat(plain.skipped()).hasSize(2);

    var withValues = new ManifestReader(true).parse(file, VALUES);
    assertThat(withValues.skipped()).as("still not Kubernetes objects").hasSize(2);
    assertThat(withValues.resources()).extracting(r -> r.ref().display())
        .containsExactly("HelmValues/chart/values.yaml", "HelmValues/chart/values.yaml#2");
    Resource first = withValues.resources().getFirst();
    assertThat(ManifestReader.isHelmValues(first)).isTrue();
    assertThat(first.apiVersion()).isEmpty();
    assertThat(first.root().at("postgresql", "auth", "password").orElseThrow().line()).isEqualTo(3);
  }

  @Test
  void otherFilesOrObjectsInAValuesFileAreNotValues() {
    String objectAndValues = """
        apiVersion: v1
        kind: ConfigMap
        metadata: {name: c}
        """;
    var inValues = new ManifestReader(true).parse(new SourceFile("values.yaml", Optional.empty()), objectAndValues);
    assertThat(inValues.resources()).extracting(r -> r.kind()).containsExactly("ConfigMap");
    var elsewhere = new ManifestReader(true).parse(new SourceFile("settings.yaml", Optional.empty()), VALUES);
    assertThat(elsewhere.resources()).isEmpty();
  }
}
