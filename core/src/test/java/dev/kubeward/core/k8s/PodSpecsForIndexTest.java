package dev.kubeward.core.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kubeward.core.model.Field;
import dev.kubeward.core.model.ManifestReader;
import dev.kubeward.core.model.Resource;
import dev.kubeward.core.source.SourceFile;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the index keeps of a workload: identity, metadata, service account and ports, at their positions. */
class PodSpecsForIndexTest {

  private static final String DEPLOYMENT = """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: web
        annotations: {ignore.kubeward.dev/KW-0001: "reviewed"}
      spec:
        selector: {matchLabels: {app: web}}
        template:
          metadata: {labels: {app: web}}
          spec:
            serviceAccountName: web
            automountServiceAccountToken: false
            volumes: [{name: data, emptyDir: {}}]
            initContainers:
            - {name: proxy, image: envoy:1, restartPolicy: Always, ports: [{containerPort: 15001}], args: [a, b]}
            containers:
            - name: app
              image: web:1
              env: [{name: A, value: b}]
              ports:
              - {name: http, containerPort: 8080}
      """;

  private static Resource read(String text) {
    return new ManifestReader().parse(new SourceFile("d.yaml", Optional.empty()), text).resources().get(0);
  }

  @Test
  void keepsIdentityServiceAccountAndPortsAndDropsTheRest() {
    Resource whole = read(DEPLOYMENT);
    Resource kept = PodSpecs.forIndex(whole);

    PodSpecView pod = PodSpecs.of(kept).orElseThrow();
    assertThat(pod.serviceAccountName()).isEqualTo("web");
    assertThat(pod.get("automountServiceAccountToken").flatMap(Field::bool)).contains(false);
    assertThat(pod.get("volumes")).isEmpty();
    ContainerView app = pod.allContainers().stream().filter(c -> c.name().equals("app")).findFirst().orElseThrow();
    assertThat(app.get("env")).isEmpty();
    Field port = app.get("ports").orElseThrow().items().get(0);
    Field wholePort = PodSpecs.of(whole).orElseThrow().allContainers().stream().filter(c -> c.name().equals("app"))
        .findFirst().orElseThrow().get("ports").orElseThrow().items().get(0);
    assertThat(port.line()).isEqualTo(wholePort.line());
    assertThat(port.path()).isEqualTo(wholePort.path());
    assertThat(pod.allContainers()).extracting(ContainerView::name).containsExactlyInAnyOrder("proxy", "app");
    assertThat(kept.annotations()).containsKey("ignore.kubeward.dev/KW-0001");
    assertThat(kept.root().at("spec", "selector", "matchLabels", "app").flatMap(Field::text)).contains("web");
  }

  @Test
  void aResourceWithoutPodSpecIsKeptWhole() {
    Resource ns = read("apiVersion: v1\nkind: Namespace\nmetadata: {name: a}\n");
    assertThat(PodSpecs.forIndex(ns)).isSameAs(ns);
  }
}
