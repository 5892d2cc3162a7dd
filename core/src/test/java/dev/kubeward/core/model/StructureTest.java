package dev.kubeward.core.model;

import static dev.kubeward.core.testing.Manifests.names;
import static dev.kubeward.core.testing.Manifests.onlyProblem;
import static dev.kubeward.core.testing.Manifests.read;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Lists, JSON, documents that are no Kubernetes object, and what is dropped while reading. */
class StructureTest {

  @Test
  void aListIsUnpackedWithEachItemAtItsOwnPosition() {
    var r = read("""
        apiVersion: v1
        kind: List
        items:
        - apiVersion: v1
          kind: ConfigMap
          metadata: {name: one}
        - apiVersion: apps/v1
          kind: Deployment
          metadata:
            name: two
            namespace: prod
          spec: {replicas: 1}
        """);

    assertThat(r.problems()).isEmpty();
    assertThat(r.resources()).extracting(x -> x.ref().display()).containsExactly("ConfigMap/one", "Deployment/prod/two");
    Resource two = r.resources().get(1);
    assertThat(two.root().line()).isEqualTo(7);
    assertThat(two.root().column()).isEqualTo(3);
    Field replicas = two.root().at("spec", "replicas").orElseThrow();
    assertThat(replicas.path()).as("paths start at the item").hasToString("spec.replicas");
    assertThat(replicas.line()).isEqualTo(12);
    assertThat(replicas.column()).isEqualTo(10);
  }

  @Test
  void typedListsLikeDeploymentListAreUnpackedToo() {
    var r = read("""
        apiVersion: apps/v1
        kind: DeploymentList
        metadata: {resourceVersion: "1"}
        items:
        - apiVersion: apps/v1
          kind: Deployment
          metadata: {name: a}
        - apiVersion: apps/v1
          kind: Deployment
          metadata: {name: b}
        """);

    assertThat(names(r)).containsExactly("a", "b");
    assertThat(r.resources()).allSatisfy(x -> assertThat(x.document()).isEqualTo(1));
  }

  @Test
  void listItemsThatAreNoObjectsAreSkippedWithAReason() {
    var r = read("""
        apiVersion: v1
        kind: List
        items:
        - {kind: ConfigMap, metadata: {name: no-api-version}}
        - 5
        - apiVersion: v1
          kind: ConfigMap
          metadata: {name: good}
        """);

    assertThat(names(r)).containsExactly("good");
    assertThat(r.skipped()).extracting(ManifestReader.Skipped::line, ManifestReader.Skipped::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(4, "no apiVersion: not a Kubernetes object"),
            org.assertj.core.groups.Tuple.tuple(5, "document is a number, not an object"));
  }

  @Test
  void aListWhoseItemsAreNoListIsAnError() {
    var r = read("apiVersion: v1\nkind: List\nitems: {a: b}\n");

    assertThat(onlyProblem(r).message()).isEqualTo("List.items must be a list, found a mapping");
    assertThat(onlyProblem(r).line()).isEqualTo(3);
  }

  @Test
  void documentsWithoutApiVersionOrKindAreSkippedWithAReason() {
    var r = read("""
        name: values-file
        ---
        apiVersion: v1
        metadata: {name: x}
        ---
        kind: ConfigMap
        ---
        - a
        - b
        ---
        just text
        """);

    assertThat(r.resources()).isEmpty();
    assertThat(r.problems()).isEmpty();
    assertThat(r.skipped()).extracting(ManifestReader.Skipped::reason).containsExactly(
        "no apiVersion and kind: not a Kubernetes object",
        "no kind: not a Kubernetes object",
        "no apiVersion: not a Kubernetes object",
        "document is a list, not an object",
        "document is a string, not an object");
    assertThat(r.skipped()).extracting(ManifestReader.Skipped::line).containsExactly(1, 3, 6, 8, 11);
  }

  @Test
  void aKindThatIsNoStringIsAnError() {
    var r = read("apiVersion: v1\nkind: {name: Pod}\nmetadata: {name: a}\n");

    assertThat(r.resources()).isEmpty();
    assertThat(onlyProblem(r).message()).isEqualTo("kind must be a string, found a mapping");
    assertThat(onlyProblem(r).line()).isEqualTo(2);
  }

  @Test
  void metadataThatIsNoMappingIsAnErrorAndOtherResourcesStillCount() {
    var r = read("""
        apiVersion: v1
        kind: ConfigMap
        metadata: 3
        ---
        apiVersion: v1
        kind: ConfigMap
        metadata: {name: fine}
        """);

    assertThat(names(r)).containsExactly("fine");
    assertThat(onlyProblem(r).message()).isEqualTo("metadata must be a mapping, found a number");
    assertThat(onlyProblem(r).line()).isEqualTo(3);
  }

  @Test
  void labelsOrAnnotationsThatAreNoMappingAreErrors() {
    var r = read("""
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: a
          labels: [app, web]
          annotations: note
        """);

    assertThat(names(r)).containsExactly("a");
    assertThat(r.problems()).extracting(p -> p.line() + ": " + p.message()).containsExactly(
        "5: metadata.labels must be a mapping of strings, found a list",
        "6: metadata.annotations must be a mapping of strings, found a string");
  }

  @Test
  void aJsonObjectIsRead() {
    var r = read("""
        {
        \t"apiVersion": "v1",
        \t"kind": "ConfigMap",
        \t"metadata": {"name": "json\\/escaped", "namespace": "prod"},
        \t"data": {"enabled": "true"}
        }
        """);

    assertThat(r.problems()).isEmpty();
    Resource cm = r.resources().get(0);
    assertThat(cm.ref().display()).isEqualTo("ConfigMap/prod/json/escaped");
    assertThat(cm.root().at("data", "enabled").orElseThrow().bool()).as("a JSON string is no boolean").isEmpty();
    assertThat(cm.root().get("metadata").orElseThrow().line()).isEqualTo(4);
  }

  @Test
  void aJsonListIsUnpacked() {
    var r = read("""
        {"apiVersion": "v1", "kind": "List", "items": [
          {"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "a"}},
          {"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "b"}}
        ]}
        """);

    assertThat(names(r)).containsExactly("a", "b");
    assertThat(r.resources().get(1).root().line()).isEqualTo(3);
    assertThat(r.resources().get(1).root().column()).isEqualTo(3);
  }

  @Test
  void statusManagedFieldsAndLastAppliedAreNotKept() {
    var r = read("""
        apiVersion: v1
        kind: List
        items:
        - apiVersion: apps/v1
          kind: Deployment
          metadata:
            name: listed
            managedFields: [{manager: kubectl, fieldsV1: {f:spec: {}}}]
            annotations:
              kubectl.kubernetes.io/last-applied-configuration: '{"big": "blob"}'
              keep: me
          status: {replicas: 3}
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: top
          managedFields: [{manager: kubectl}]
          annotations:
            kubectl.kubernetes.io/last-applied-configuration: '{"big": "blob"}'
        spec:
          template:
            status: kept-as-it-is-no-object-root
        status:
          replicas: 3
          conditions: [{type: Available}]
        """);

    assertThat(r.problems()).isEmpty();
    assertThat(r.resources()).hasSize(2).allSatisfy(res -> {
      assertThat(res.root().get("status")).isEmpty();
      assertThat(res.root().at("metadata", "managedFields")).isEmpty();
      assertThat(res.annotations()).doesNotContainKey("kubectl.kubernetes.io/last-applied-configuration");
    });
    assertThat(r.resources().get(0).annotations()).containsEntry("keep", "me");
    assertThat(r.resources().get(1).root().at("spec", "template", "status")).isPresent();
  }

  @Test
  void aPrunedValueWithAnAnchorStillServesItsAliases() {
    var r = read("""
        apiVersion: v1
        kind: ConfigMap
        status: &s {phase: x}
        metadata: {name: a, labels: *s}
        """);

    assertThat(r.problems()).isEmpty();
    assertThat(r.resources().get(0).labels()).containsEntry("phase", "x");
    assertThat(r.resources().get(0).root().get("status")).isEmpty();
  }

  @Test
  void generateNameStandsInForAMissingName() {
    var r = read("""
        apiVersion: batch/v1
        kind: Job
        metadata: {generateName: migrate-}
        ---
        apiVersion: v1
        kind: ConfigMap
        """);

    assertThat(names(r)).containsExactly("migrate-*", "<unnamed>");
  }
}
