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

  @Test
  void threadsAskingForTheSameTablesAtOnceAllGetTheWholeTable() throws Exception {
    List<IndexedResource> many = new java.util.ArrayList<>();
    for (int i = 0; i < 5_000; i++) {
      many.add(workload("ns" + (i % 7), "w" + i, Map.of("app", "a" + (i % 11))));
    }
    for (int round = 0; round < 20; round++) {
      ResourceIndex fresh = new ResourceIndex(many);
      var start = new java.util.concurrent.CountDownLatch(1);
      try (var pool = java.util.concurrent.Executors.newFixedThreadPool(4)) {
        List<java.util.concurrent.Future<List<Integer>>> answers = new java.util.ArrayList<>();
        for (int t = 0; t < 4; t++) {
          answers.add(pool.submit(() -> {
            start.await();
            return List.of(fresh.ofKind("Deployment").size(), fresh.inNamespace("ns3").size(),
                fresh.workloadsSelectedBy("ns2", Map.of("app", "a5")).size(), fresh.workloadsIn("ns6").size(),
                fresh.find("Deployment", "ns4", "w4").isPresent() ? 1 : 0);
          }));
        }
        start.countDown();
        for (var a : answers) {
          // 5,000 workloads; ns3 holds i = 3 mod 7; ns2 with app=a5 holds i = 2 mod 7 and 5 mod 11.
          assertThat(a.get()).containsExactly(5_000, 714, 65, 714, 1);
        }
      }
    }
  }
}
