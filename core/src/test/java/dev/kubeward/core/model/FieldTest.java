package dev.kubeward.core.model;

import static dev.kubeward.core.testing.Manifests.read;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FieldTest {

  private static final String POD = """
      apiVersion: v1
      kind: Pod
      metadata:
        name: web
      spec:
        securityContext:
        containers:
        - name: app
          image: nginx
          ports: [{containerPort: 80}]
      """;

  private static Field root() {
    return read(POD).resources().get(0).root();
  }

  @Test
  void fieldsPointAtTheirKeysAndItemsAtThemselves() {
    Field containers = root().at("spec", "containers").orElseThrow();
    assertThat(containers.line()).isEqualTo(7);
    assertThat(containers.column()).isEqualTo(3);
    Field app = containers.items().get(0);
    assertThat(app.path()).hasToString("spec.containers[0]");
    assertThat(app.line()).isEqualTo(8);
    assertThat(app.column()).isEqualTo(5);
    Field port = app.at("ports").orElseThrow().items().get(0).get("containerPort").orElseThrow();
    assertThat(port.path()).hasToString("spec.containers[0].ports[0].containerPort");
    assertThat(port.line()).isEqualTo(10);
    assertThat(port.column()).isEqualTo(14);
    assertThat(port.integer()).hasValue(80);
  }

  @Test
  void nearestIsTheDeepestExistingFieldOnTheWay() {
    Field root = root();

    assertThat(root.nearest("spec", "containers")).hasToString("spec.containers@7:3");
    assertThat(root.nearest("spec", "hostNetwork").path()).hasToString("spec");
    assertThat(root.nearest("metadata", "labels", "app").path()).hasToString("metadata");
    assertThat(root.nearest("status", "phase")).isSameAs(root);
    assertThat(root.nearest("spec", "securityContext", "runAsUser").path())
        .as("a null value is as absent").hasToString("spec");
    assertThat(root.nearest("spec", "containers", "name").path())
        .as("a key into a list stops at the list").hasToString("spec.containers");
  }

  @Test
  void accessorsReadTheWrongShapeAsAbsent() {
    Field root = root();
    Field image = root.at("spec", "containers").orElseThrow().items().get(0).get("image").orElseThrow();

    assertThat(image.get("x")).isEmpty();
    assertThat(image.items()).isEmpty();
    assertThat(image.entries()).isEmpty();
    assertThat(image.integer()).isEmpty();
    assertThat(image.bool()).isEmpty();
    assertThat(root.text()).isEmpty();
    assertThat(root.at("spec", "containers", "0")).isEmpty();
    assertThat(root.shape()).isEqualTo("a mapping");
    assertThat(image.shape()).isEqualTo("a string");
  }

  @Test
  void nullIsReadAsTheYamlLoaderReadsIt() {
    java.util.List<String> texts = java.util.List.of(
        "", "~", "null", "Null", "NULL", "nULL", "nul", "null ", " ", "~~", "none", "0", "false", "Nu", "NULLS");
    for (String text : texts) {
      for (boolean plain : new boolean[] {true, false}) {
        dev.kubeward.core.yaml.ScalarNode s = dev.kubeward.core.yaml.ScalarNode.of(text, plain, 1, 1);
        assertThat(Field.isNull(s)).as("'%s' plain=%s", text, plain).isEqualTo(s.isNull());
      }
    }
  }
}
