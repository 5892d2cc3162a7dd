package dev.kubeward.core.index;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Every resource of a scan, looked up by kind, by namespace, by label and by owner, built once
 * after all files are read, so cross-resource checks never rescan the input per object. Each
 * lookup table is built on its first use: most scans ask for a few of them. Thread-safe: the
 * late phase's threads look up at once; a table is built under the lock, then published whole
 * and read without one.
 */
public final class ResourceIndex {

  private final List<IndexedResource> all;
  private volatile Map<String, List<IndexedResource>> byKind;
  private volatile Map<String, List<IndexedResource>> byNamespace;
  private volatile Map<String, List<IndexedResource>> byLabel;
  private volatile Map<Label, List<IndexedResource>> byPodLabel;
  private volatile Map<Id, List<IndexedResource>> byOwner;
  private volatile Map<Id, IndexedResource> byId;
  private volatile Map<String, List<IndexedResource>> workloadsByNamespace;

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

  public List<IndexedResource> ofKind(String kind) {
    Map<String, List<IndexedResource>> m = byKind;
    if (m == null) {
      m = table(() -> byKind, t -> byKind = t, t -> all.forEach(r -> add(t, r.kind(), r)));
    }
    return m.getOrDefault(kind, List.of());
  }

  /** Resources in a namespace; {@code ""} holds those without one. */
  public List<IndexedResource> inNamespace(String namespace) {
    Map<String, List<IndexedResource>> m = byNamespace;
    if (m == null) {
      m = table(() -> byNamespace, t -> byNamespace = t, t -> all.forEach(r -> add(t, r.namespace(), r)));
    }
    return m.getOrDefault(namespace, List.of());
  }

  public List<IndexedResource> withLabel(String key, String value) {
    Map<String, List<IndexedResource>> m = byLabel;
    if (m == null) {
      m = table(() -> byLabel, t -> byLabel = t,
          t -> all.forEach(r -> r.labels().forEach((k, v) -> add(t, k + "=" + v, r))));
    }
    return m.getOrDefault(key + "=" + value, List.of());
  }

  /** Resources that {@code kind/namespace/name} owns. */
  public List<IndexedResource> ownedBy(String kind, String namespace, String name) {
    Map<Id, List<IndexedResource>> m = byOwner;
    if (m == null) {
      m = table(() -> byOwner, t -> byOwner = t, t -> {
        for (IndexedResource r : all) {
          for (IndexedResource.Owner o : r.owners()) {
            add(t, id(o.kind(), r.namespace(), o.name()), r);
          }
        }
      });
    }
    return m.getOrDefault(id(kind, namespace, name), List.of());
  }

  public Optional<IndexedResource> find(String kind, String namespace, String name) {
    Map<Id, IndexedResource> m = byId;
    if (m == null) {
      m = table(() -> byId, t -> byId = t, t -> all.forEach(r -> t.putIfAbsent(id(r.kind(), r.namespace(), r.name()), r)));
    }
    return Optional.ofNullable(m.get(id(kind, namespace, name)));
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
    Map<Label, List<IndexedResource>> m = byPodLabel;
    if (m == null) {
      m = table(() -> byPodLabel, t -> byPodLabel = t,
          t -> all.forEach(r -> r.podLabels().ifPresent(pl -> pl.forEach((k, v) -> add(t, new Label(r.namespace(), k, v), r)))));
    }
    var first = selector.entrySet().iterator().next();
    List<IndexedResource> candidates = m.getOrDefault(new Label(namespace, first.getKey(), first.getValue()), List.of());
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
    Map<String, List<IndexedResource>> m = workloadsByNamespace;
    if (m == null) {
      m = table(() -> workloadsByNamespace, t -> workloadsByNamespace = t,
          t -> all.stream().filter(IndexedResource::isWorkload).forEach(r -> add(t, r.namespace(), r)));
    }
    return m.getOrDefault(namespace, List.of());
  }

  /**
   * A lookup table, built under the lock by the first thread that needs it (the others wait for
   * it) and published only once filled: a thread that reads the field unlocked sees either
   * nothing or the whole table, never one half-built.
   */
  private synchronized <K, V> Map<K, V> table(
      Supplier<Map<K, V>> field, Consumer<Map<K, V>> publish, Consumer<Map<K, V>> fill) {
    Map<K, V> built = field.get();
    if (built == null) {
      built = new HashMap<>();
      fill.accept(built);
      publish.accept(built);
    }
    return built;
  }
}
