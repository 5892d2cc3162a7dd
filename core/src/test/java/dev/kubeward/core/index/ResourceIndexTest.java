package dev.kubeward.core.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kubeward.core.model.ResourceRef;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ResourceIndexTest {

  private static IndexedResource workload(String ns, String name, Map<String, String> podLabels) {
    return new IndexedResource(new ResourceRef("apps/v1", "Deployment", Optional.of(ns), name), "f.yaml", 1, 1,
        Map.of(), List.of(), Optional.of(podLabels), Optional.empty(), Map.of());
  }

  private static IndexedResource pod(String ns, String name, String ownerKind, String owner) {
    return new IndexedResource(new ResourceRef("v1", "Pod", Optional.of(ns), name), "f.yaml", 1, 1,
        Map.of("app", "web"), List.of(new IndexedResource.Owner("apps/v1", ownerKind, owner, true)),
        Optional.of(Map.of("app", "web")), Optional.empty(), Map.of());
  }

  private final ResourceIndex index = new ResourceIndex(List.of(
      workload("shop", "web", Map.of("app", "web", "tier", "front")),
      workload("shop", "api", Map.of("app", "api")),
      workload("other", "web", Map.of("app", "web", "tier", "front")),
      pod("shop", "web-1", "ReplicaSet", "web-7d9f")));

  @Test
  void selectorMatchesWorkloadsWhosePodsCarryEveryLabel() {
    assertThat(index.workloadsSelectedBy("shop", Map.of("app", "web")))
        .extracting(IndexedResource::name).containsExactly("web", "web-1");
    assertThat(index.workloadsSelectedBy("shop", Map.of("app", "web", "tier", "front")))
        .extracting(IndexedResource::name).containsExactly("web");
    assertThat(index.workloadsSelectedBy("shop", Map.of("app", "web", "tier", "back"))).isEmpty();
  }

  @Test
  void selectionStaysInTheNamespace() {
    assertThat(index.workloadsSelectedBy("other", Map.of("app", "web")))
        .extracting(IndexedResource::namespace).containsOnly("other");
    assertThat(index.workloadsSelectedBy("nowhere", Map.of("app", "web"))).isEmpty();
  }

  @Test
  void anEmptySelectorSelectsNothing() {
    assertThat(index.workloadsSelectedBy("shop", Map.of())).isEmpty();
  }

  @Test
  void looksUpByKindOwnerLabelAndName() {
    assertThat(index.ofKind("Deployment")).hasSize(3);
    assertThat(index.ownedBy("ReplicaSet", "shop", "web-7d9f")).extracting(IndexedResource::name).containsExactly("web-1");
    assertThat(index.withLabel("app", "web")).extracting(IndexedResource::name).containsExactly("web-1");
    assertThat(index.find("Deployment", "shop", "api")).isPresent();
    assertThat(index.find("Deployment", "shop", "nope")).isEmpty();
    assertThat(index.workloadsIn("shop")).hasSize(3);
  }
}
