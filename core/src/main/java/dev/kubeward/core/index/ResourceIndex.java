package dev.kubeward.core.index;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every resource of a scan, looked up by kind, by namespace, by label and by owner, built once
 * after all files are read, so cross-resource checks never rescan the input per object.
 */
public final class ResourceIndex {

  private final List<IndexedResource> all;
  private final Map<String, List<IndexedResource>> byKind = new HashMap<>();
  private final Map<String, List<IndexedResource>> byNamespace = new HashMap<>();
  private final Map<String, List<IndexedResource>> byLabel = new HashMap<>();
  private final Map<String, List<IndexedResource>> byPodLabel = new HashMap<>();
  private final Map<String, List<IndexedResource>> byOwner = new HashMap<>();
  private final Map<String, IndexedResource> byId = new HashMap<>();

  public ResourceIndex(Collection<IndexedResource> resources) {
    this.all = List.copyOf(resources);
    for (IndexedResource r : all) {
      byKind.computeIfAbsent(r.kind(), k -> new ArrayList<>()).add(r);
      byNamespace.computeIfAbsent(r.namespace(), k -> new ArrayList<>()).add(r);
      r.labels().forEach((k, v) -> byLabel.computeIfAbsent(k + "=" + v, x -> new ArrayList<>()).add(r));
      r.podLabels().ifPresent(pl -> pl.forEach((k, v) ->
          byPodLabel.computeIfAbsent(r.namespace() + "/" + k + "=" + v, x -> new ArrayList<>()).add(r)));
      for (IndexedResource.Owner o : r.owners()) {
        byOwner.computeIfAbsent(id(o.kind(), r.namespace(), o.name()), k -> new ArrayList<>()).add(r);
      }
      byId.putIfAbsent(id(r.kind(), r.namespace(), r.name()), r);
    }
  }

  private static String id(String kind, String namespace, String name) {
    return kind + "/" + namespace + "/" + name;
  }

  public List<IndexedResource> all() {
    return all;
  }

  public List<IndexedResource> ofKind(String kind) {
    return byKind.getOrDefault(kind, List.of());
  }

  /** Resources in a namespace; {@code ""} holds those without one. */
  public List<IndexedResource> inNamespace(String namespace) {
    return byNamespace.getOrDefault(namespace, List.of());
  }

  public List<IndexedResource> withLabel(String key, String value) {
    return byLabel.getOrDefault(key + "=" + value, List.of());
  }

  /** Resources that {@code kind/namespace/name} owns. */
  public List<IndexedResource> ownedBy(String kind, String namespace, String name) {
    return byOwner.getOrDefault(id(kind, namespace, name), List.of());
  }

  public Optional<IndexedResource> find(String kind, String namespace, String name) {
    return Optional.ofNullable(byId.get(id(kind, namespace, name)));
  }

  /**
   * Workloads in {@code namespace} whose pods carry every label of {@code selector} (equality
   * selection, as a Service's selector). An empty selector selects nothing here: a Service
   * without a selector has its endpoints managed by hand.
   */
  public List<IndexedResource> workloadsSelectedBy(String namespace, Map<String, String> selector) {
    if (selector.isEmpty()) {
      return List.of();
    }
    var first = selector.entrySet().iterator().next();
    List<IndexedResource> candidates = byPodLabel.getOrDefault(namespace + "/" + first.getKey() + "=" + first.getValue(), List.of());
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
  public List<IndexedResource> workloadsIn(String namespace) {
    return inNamespace(namespace).stream().filter(IndexedResource::isWorkload).toList();
  }
}
