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

  /**
   * Workloads the engine indexes keep their pods' labels as pairs (made a map on demand), and
   * lookups by kind and name read one kind's resources: on generated resources, every answer equals
   * the one of an index whose workloads hold their labels as maps; the first of a duplicate name wins.
   */
  @Test
  void workloadsWithLabelPairsAreFoundAsWorkloadsWithLabelMaps() {
    java.util.Random random = new java.util.Random(20261123);
    String[] kinds = {"Deployment", "ServiceAccount", "ConfigMap"};
    List<IndexedResource> asMaps = new java.util.ArrayList<>();
    List<IndexedResource> asPairs = new java.util.ArrayList<>();
    for (int i = 0; i < 2_000; i++) {
      String kind = kinds[random.nextInt(kinds.length)];
      ResourceRef ref = new ResourceRef("v1", kind, Optional.of("ns" + random.nextInt(4)), "r" + random.nextInt(300));
      boolean workload = kind.equals("Deployment");
      java.util.LinkedHashMap<String, String> labels = new java.util.LinkedHashMap<>();
      for (int l = random.nextInt(4); l > 0; l--) {
        labels.put("k" + random.nextInt(3), "v" + random.nextInt(3));
      }
      String[] pairs = new String[2 * labels.size()];
      int n = 0;
      for (var e : labels.entrySet()) {
        pairs[n++] = e.getKey();
        pairs[n++] = e.getValue();
      }
      asMaps.add(new IndexedResource(ref, "f" + i, i, 1, Map.of(), List.of(),
          workload ? Optional.of(IndexedResource.labelMap(pairs)) : Optional.empty(), Optional.empty(), Map.of()));
      asPairs.add(new IndexedResource(ref, "f" + i, i, 1, (dev.kubeward.core.yaml.MapNode) null, List.of(),
          workload ? pairs : null, Optional.empty(), Map.of()));
    }
    ResourceIndex maps = new ResourceIndex(asMaps);
    ResourceIndex pairs = new ResourceIndex(asPairs);
    for (int q = 0; q < 2_000; q++) {
      String ns = "ns" + random.nextInt(5);
      Map<String, String> selector = new java.util.HashMap<>();
      for (int l = random.nextInt(3); l > 0; l--) {
        selector.put("k" + random.nextInt(3), "v" + random.nextInt(3));
      }
      assertThat(files(pairs.workloadsSelectedBy(ns, selector))).isEqualTo(files(maps.workloadsSelectedBy(ns, selector)));
      assertThat(files(pairs.workloadsIn(ns))).isEqualTo(files(maps.workloadsIn(ns)));
      String kind = kinds[random.nextInt(kinds.length)];
      String name = "r" + random.nextInt(330);
      assertThat(pairs.find(kind, ns, name).map(IndexedResource::file)).isEqualTo(maps.find(kind, ns, name).map(IndexedResource::file));
      Optional<IndexedResource> first = asMaps.stream()
          .filter(r -> r.kind().equals(kind) && r.namespace().equals(ns) && r.name().equals(name)).findFirst();
      assertThat(maps.find(kind, ns, name)).isEqualTo(first);
    }
    for (int i = 0; i < asMaps.size(); i++) {
      assertThat(asPairs.get(i).podLabels()).isEqualTo(asMaps.get(i).podLabels());
      assertThat(asPairs.get(i).isWorkload()).isEqualTo(asMaps.get(i).isWorkload());
    }
  }

  @Test
  void resourcesOfSeveralKindsComeInTheIndexOrder() {
    List<String> kinds = List.of("Role", "RoleBinding", "ConfigMap", "Deployment", "Pod", "ServiceAccount");
    java.util.Random random = new java.util.Random(20261123);
    for (int round = 0; round < 200; round++) {
      List<IndexedResource> all = new java.util.ArrayList<>();
      for (int i = random.nextInt(40); i > 0; i--) {
        all.add(new IndexedResource(new ResourceRef("v1", kinds.get(random.nextInt(kinds.size())), Optional.of("ns"),
            "r" + i), "f.yaml", 1, 1, Map.of(), List.of(), Optional.empty(), Optional.empty(), Map.of()));
      }
      java.util.Set<String> wanted = new java.util.HashSet<>();
      for (String kind : kinds) {
        if (random.nextBoolean()) {
          wanted.add(kind);
        }
      }
      wanted.add("Unknown");
      ResourceIndex index = new ResourceIndex(all);

      assertThat(index.ofKinds(wanted)).as("%s of %s", wanted, all)
          .containsExactlyElementsOf(all.stream().filter(r -> wanted.contains(r.kind())).toList());
    }
  }

  /** An index joined from runs looks up as the index of the same resources in one list, wherever the runs are cut. */
  @Test
  void anIndexJoinedFromRunsIsTheIndexOfTheirResources() {
    List<String> kinds = List.of("Role", "RoleBinding", "ConfigMap", "Deployment", "Pod", "Job");
    List<String> namespaces = List.of("a", "b", "");
    java.util.Random random = new java.util.Random(20261124);
    for (int round = 0; round < 300; round++) {
      List<IndexedResource> all = new java.util.ArrayList<>();
      for (int i = random.nextInt(60); i > 0; i--) {
        String ns = namespaces.get(random.nextInt(namespaces.size()));
        Optional<Map<String, String>> pod = random.nextBoolean() ? Optional.of(Map.of("app", "x" + random.nextInt(3)))
            : Optional.empty();
        all.add(new IndexedResource(new ResourceRef("v1", kinds.get(random.nextInt(kinds.size())),
            ns.isEmpty() ? Optional.empty() : Optional.of(ns), "r" + i), "f.yaml", 1, 1, Map.of(), List.of(), pod,
            Optional.empty(), Map.of()));
      }
      List<ResourceIndex.Run> runs = new java.util.ArrayList<>();
      ResourceIndex.Run run = new ResourceIndex.Run();
      for (IndexedResource r : all) {
        if (random.nextInt(5) == 0) {
          runs.add(run);
          run = new ResourceIndex.Run();
        }
        run.add(r);
      }
      runs.add(run);
      ResourceIndex joined = ResourceIndex.of(runs);
      ResourceIndex flat = new ResourceIndex(all);

      assertThat(joined.all()).containsExactlyElementsOf(all);
      for (String kind : kinds) {
        assertThat(joined.ofKind(kind)).containsExactlyElementsOf(flat.ofKind(kind))
            .containsExactlyElementsOf(all.stream().filter(r -> r.kind().equals(kind)).toList());
        assertThat(joined.ofKinds(new java.util.HashSet<>(List.of(kind, "Role")))).containsExactlyElementsOf(
            all.stream().filter(r -> r.kind().equals(kind) || r.kind().equals("Role")).toList());
      }
      for (String ns : namespaces) {
        assertThat(joined.workloadsIn(ns)).containsExactlyElementsOf(
            all.stream().filter(r -> r.isWorkload() && r.namespace().equals(ns)).toList());
        assertThat(joined.workloadsSelectedBy(ns, Map.of("app", "x1")))
            .containsExactlyElementsOf(flat.workloadsSelectedBy(ns, Map.of("app", "x1")));
      }
    }
  }

  private static List<String> files(List<IndexedResource> rs) {
    return rs.stream().map(IndexedResource::file).toList();
  }
}
