package dev.kubeward.core.index;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every resource of a scan, looked up by kind, by namespace, by label and by owner, built once
 * after all files are read, so cross-resource checks never rescan the input per object. Each
 * lookup table is built on its first use: most scans ask for a few of them.
 */
public final class ResourceIndex {

  private final List<IndexedResource> all;
  private Map<String, List<IndexedResource>> byKind;
  private Map<String, List<IndexedResource>> byNamespace;
  private Map<String, List<IndexedResource>> byLabel;
  private Map<Label, List<IndexedResource>> byPodLabel;
  private Map<Id, List<IndexedResource>> byOwner;
  private Map<Id, IndexedResource> byId;
  private Map<String, List<IndexedResource>> workloadsByNamespace;

  public ResourceIndex(Collection<IndexedResource> resources) {
    this.all = List.copyOf(resources);
  }

  /** A resource's identity as a key: hashed from its parts, never joined into one string. */
  private record Id(String kind, String namespace, String name) {}

  /** A pod label in a namespace, as a key. */
  private record Label(String namespace, String key, String value) {}

  private static Id id(String kind, String namespace, String name) {
    return new Id(kind, namespace, name);
  }

  private static <K> void add(Map<K, List<IndexedResource>> map, K key, IndexedResource r) {
    map.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
  }

  public List<IndexedResource> all() {
    return all;
  }

  public synchronized List<IndexedResource> ofKind(String kind) {
    if (byKind == null) {
      byKind = new HashMap<>();
      all.forEach(r -> add(byKind, r.kind(), r));
    }
    return byKind.getOrDefault(kind, List.of());
  }

  /** Resources in a namespace; {@code ""} holds those without one. */
  public synchronized List<IndexedResource> inNamespace(String namespace) {
    if (byNamespace == null) {
      byNamespace = new HashMap<>();
      all.forEach(r -> add(byNamespace, r.namespace(), r));
    }
    return byNamespace.getOrDefault(namespace, List.of());
  }

  public synchronized List<IndexedResource> withLabel(String key, String value) {
    if (byLabel == null) {
      byLabel = new HashMap<>();
      all.forEach(r -> r.labels().forEach((k, v) -> add(byLabel, k + "=" + v, r)));
    }
    return byLabel.getOrDefault(key + "=" + value, List.of());
  }

  /** Resources that {@code kind/namespace/name} owns. */
  public synchronized List<IndexedResource> ownedBy(String kind, String namespace, String name) {
    if (byOwner == null) {
      byOwner = new HashMap<>();
      for (IndexedResource r : all) {
        for (IndexedResource.Owner o : r.owners()) {
          add(byOwner, id(o.kind(), r.namespace(), o.name()), r);
        }
      }
    }
    return byOwner.getOrDefault(id(kind, namespace, name), List.of());
  }

  public synchronized Optional<IndexedResource> find(String kind, String namespace, String name) {
    if (byId == null) {
      byId = new HashMap<>();
      all.forEach(r -> byId.putIfAbsent(id(r.kind(), r.namespace(), r.name()), r));
    }
    return Optional.ofNullable(byId.get(id(kind, namespace, name)));
  }

  /**
   * Workloads in {@code namespace} whose pods carry every label of {@code selector} (equality
   * selection, as a Service's selector). An empty selector selects nothing here: a Service
   * without a selector has its endpoints managed by hand.
   */
  public synchronized List<IndexedResource> workloadsSelectedBy(String namespace, Map<String, String> selector) {
    if (selector.isEmpty()) {
      return List.of();
    }
    if (byPodLabel == null) {
      byPodLabel = new HashMap<>();
      all.forEach(r -> r.podLabels().ifPresent(pl -> pl.forEach((k, v) -> add(byPodLabel, new Label(r.namespace(), k, v), r))));
    }
    var first = selector.entrySet().iterator().next();
    List<IndexedResource> candidates = byPodLabel.getOrDefault(new Label(namespace, first.getKey(), first.getValue()), List.of());
    List<IndexedResource> out = new ArrayList<>();
    for (IndexedResource c : candidates) {
      Map<String, String> labels = c.podLabels().orElseThrow();
      if (selector.entrySet().stream().allMatch(e -> e.getValue().equals(labels.get(e.getKey())))) {
        out.add(c);
      }
    }
    return out;
  }

  /** Workloads whose pods run in {@code namespace}. */
  public synchronized List<IndexedResource> workloadsIn(String namespace) {
    if (workloadsByNamespace == null) {
      workloadsByNamespace = new HashMap<>();
      all.stream().filter(IndexedResource::isWorkload).forEach(r -> add(workloadsByNamespace, r.namespace(), r));
    }
    return workloadsByNamespace.getOrDefault(namespace, List.of());
  }
}
