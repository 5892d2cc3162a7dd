package dev.kubeward.core.index;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Every resource of a scan, looked up by kind, by namespace, by label and by owner, built once
 * after all files are read, so cross-resource checks never rescan the input per object. Each
 * lookup table is built on its first use: most scans ask for a few of them. Thread-safe: the
 * late phase's threads look up at once (see {@link Table}).
 */
public final class ResourceIndex {

  private final List<IndexedResource> all;
  /**
   * The resources by kind and the workloads by namespace: every scan's late phase asks for kinds,
   * and the Service checks for workloads. Joined from the runs' tables ({@link Run}), which were
   * made as each resource was checked: in a large scan a pass over the resources here would be a
   * cache miss per resource, on one thread.
   */
  private final Once<KindsAndWorkloads> kinds;
  private final Once<Map<String, List<IndexedResource>>> byNamespace =
      table(t -> all().forEach(r -> add(t, r.namespace(), r)));
  private final Once<Map<String, List<IndexedResource>>> byLabel =
      table(t -> all().forEach(r -> r.labels().forEach((k, v) -> add(t, k + "=" + v, r))));
  private final Once<Map<Id, List<IndexedResource>>> byOwner = table(t -> {
    for (IndexedResource r : all()) {
      for (IndexedResource.Owner o : r.owners()) {
        add(t, id(o.kind(), r.namespace(), o.name()), r);
      }
    }
  });
  /**
   * Each kind's resources by namespace and name, made for a kind when it is first looked up: from
   * {@link #ofKind}'s list, so a lookup of one kind (the ServiceAccounts) reads only that kind's
   * resources, not every resource of the scan. The first of a kind, namespace and name wins, in
   * {@link #all()}'s order, which {@link #ofKind} keeps.
   */
  private final Map<String, Map<Id, IndexedResource>> byId = new ConcurrentHashMap<>();
  /** The workloads by pod label, made from the workloads only when a check first selects them. */
  private final Once<Map<Label, List<IndexedResource>>> byPodLabel = new Once<>(() -> {
    Map<Label, List<IndexedResource>> t = new HashMap<>();
    for (List<IndexedResource> inNamespace : kindTable().workloadsByNamespace().values()) {
      for (IndexedResource r : inNamespace) {
        String namespace = r.namespace();
        r.forEachPodLabel((k, v) -> add(t, new Label(namespace, k, v), r));
      }
    }
    return t;
  });

  /**
   * {@link #ofKind}'s and {@link #workloadsIn}'s tables, and where each kind's resources are in
   * {@link #all()}, for {@link #ofKinds}.
   */
  private record KindsAndWorkloads(
      Map<String, List<IndexedResource>> byKind,
      Map<String, int[]> positionsByKind,
      Map<String, List<IndexedResource>> workloadsByNamespace) {

    /** The runs' tables joined in order: a run's positions move on by the resources of the runs before it. */
    static KindsAndWorkloads of(List<IndexedResource> all, List<Run> runs) {
      Map<String, Positions> at = new HashMap<>();
      Map<String, Positions> workloadsAt = new HashMap<>();
      int offset = 0;
      for (Run run : runs) {
        join(at, run.positionsByKind, offset);
        join(workloadsAt, run.workloadsByNamespace, offset);
        offset += run.resources.size();
      }
      Map<String, int[]> positions = new HashMap<>();
      Map<String, List<IndexedResource>> byKind = new HashMap<>();
      at.forEach((kind, p) -> {
        positions.put(kind, java.util.Arrays.copyOf(p.items, p.size));
        byKind.put(kind, resources(all, p));
      });
      Map<String, List<IndexedResource>> workloads = new HashMap<>();
      workloadsAt.forEach((namespace, p) -> workloads.put(namespace, resources(all, p)));
      return new KindsAndWorkloads(byKind, positions, workloads);
    }

    private static void join(Map<String, Positions> into, Map<String, Positions> run, int offset) {
      run.forEach((key, p) -> {
        Positions to = into.computeIfAbsent(key, k -> new Positions());
        for (int i = 0; i < p.size; i++) {
          to.add(offset + p.items[i]);
        }
      });
    }

    /** The resources at these positions of {@code all}: reads the list, not the resources. */
    private static List<IndexedResource> resources(List<IndexedResource> all, Positions p) {
      List<IndexedResource> out = new ArrayList<>(p.size);
      for (int i = 0; i < p.size; i++) {
        out.add(all.get(p.items[i]));
      }
      return out;
    }
  }

  /**
   * Resources in input order as one thread checks them, with where each kind's resources and each
   * namespace's workloads are among them, noted as each is added, while it is at hand. Runs made
   * on several threads join, in order, into one index ({@link #of(List)}).
   */
  public static final class Run {
    private final List<IndexedResource> resources = new ArrayList<>();
    private final Map<String, Positions> positionsByKind = new HashMap<>(8);
    private final Map<String, Positions> workloadsByNamespace = new HashMap<>(8);

    public void add(IndexedResource r) {
      int at = resources.size();
      resources.add(r);
      positionsByKind.computeIfAbsent(r.kind(), k -> new Positions()).add(at);
      if (r.isWorkload()) {
        workloadsByNamespace.computeIfAbsent(r.namespace(), k -> new Positions()).add(at);
      }
    }
  }

  /** The pictures of this index that {@link PerIndex} makes, by their maker. */
  private final Map<PerIndex<?>, Object> pictures = new ConcurrentHashMap<>();

  /** The resources in this order; their kind table is made in one pass over them, on first use. */
  public ResourceIndex(Collection<IndexedResource> resources) {
    this(List.copyOf(resources), null);
  }

  /** {@code runs}: the runs {@code all} was joined from; null when it comes whole, as one run made on first use. */
  private ResourceIndex(List<IndexedResource> all, List<Run> runs) {
    this.all = all;
    this.kinds = new Once<>(() -> KindsAndWorkloads.of(all, runs != null ? runs : List.of(runOf(all))));
  }

  /** The resources of the runs, in order, with the kind tables the runs noted. */
  public static ResourceIndex of(List<Run> runs) {
    int n = 0;
    for (Run r : runs) {
      n += r.resources.size();
    }
    List<IndexedResource> all = new ArrayList<>(n);
    for (Run r : runs) {
      all.addAll(r.resources);
    }
    return new ResourceIndex(java.util.Collections.unmodifiableList(all), List.copyOf(runs));
  }

  private KindsAndWorkloads kindTable() {
    return kinds.get();
  }

  private static Run runOf(List<IndexedResource> all) {
    Run run = new Run();
    all.forEach(run::add);
    return run;
  }

  /**
   * A value (a lookup table) made by the first thread that needs it (others asking meanwhile wait
   * for it) and published only once made, so that a thread reading it without the lock sees either
   * nothing or the whole value, never one half-built.
   */
  private static final class Once<T> {
    /** Dropped once the value is made, with what it holds (the runs' tables). */
    private java.util.function.Supplier<T> make;
    private volatile T value;

    Once(java.util.function.Supplier<T> make) {
      this.make = make;
    }

    T get() {
      T v = value;
      return v != null ? v : made();
    }

    private synchronized T made() {
      if (value == null) {
        value = make.get();
        make = null;
      }
      return value;
    }
  }

  /** The picture {@code maker} made of this index; null before it has. */
  Object picture(PerIndex<?> maker) {
    return pictures.get(maker);
  }

  void keepPicture(PerIndex<?> maker, Object picture) {
    pictures.put(maker, picture);
  }

  /** A lookup table {@code fill} fills, made on first use. */
  private static <K, V> Once<Map<K, V>> table(Consumer<Map<K, V>> fill) {
    return new Once<>(() -> {
      Map<K, V> m = new HashMap<>();
      fill.accept(m);
      return m;
    });
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
    return kindTable().byKind().getOrDefault(kind, List.of());
  }

  /**
   * The resources of any of {@code kinds}, in {@link #all()}'s order: for a picture that reads
   * several kinds in input order, without a pass over every resource of the scan (each one a
   * cache miss in a large scan) to ask for its kind.
   */
  public List<IndexedResource> ofKinds(Set<String> kinds) {
    Map<String, int[]> positions = kindTable().positionsByKind();
    int n = 0;
    for (String kind : kinds) {
      n += positions.getOrDefault(kind, NONE).length;
    }
    int[] merged = new int[n];
    int at = 0;
    for (String kind : kinds) {
      int[] p = positions.getOrDefault(kind, NONE);
      System.arraycopy(p, 0, merged, at, p.length);
      at += p.length;
    }
    java.util.Arrays.sort(merged);
    List<IndexedResource> out = new ArrayList<>(n);
    for (int i : merged) {
      out.add(all.get(i));
    }
    return out;
  }

  private static final int[] NONE = {};

  /** A growing list of positions. */
  private static final class Positions {
    int[] items = new int[8];
    int size;

    void add(int position) {
      if (size == items.length) {
        items = java.util.Arrays.copyOf(items, 2 * size);
      }
      items[size++] = position;
    }
  }

  /** Resources in a namespace; {@code ""} holds those without one. */
  public List<IndexedResource> inNamespace(String namespace) {
    return byNamespace.get().getOrDefault(namespace, List.of());
  }

  public List<IndexedResource> withLabel(String key, String value) {
    return byLabel.get().getOrDefault(key + "=" + value, List.of());
  }

  /** Resources that {@code kind/namespace/name} owns. */
  public List<IndexedResource> ownedBy(String kind, String namespace, String name) {
    return byOwner.get().getOrDefault(id(kind, namespace, name), List.of());
  }

  public Optional<IndexedResource> find(String kind, String namespace, String name) {
    Map<Id, IndexedResource> ofKind = byId.get(kind);
    if (ofKind == null) {
      // Made outside the concurrent map's lock (ofKind may build its own table); two threads may
      // make two equal maps, and the first one kept serves both.
      Map<Id, IndexedResource> made = new HashMap<>();
      for (IndexedResource r : ofKind(kind)) {
        made.putIfAbsent(id(kind, r.namespace(), r.name()), r);
      }
      ofKind = byId.computeIfAbsent(kind, k -> made);
    }
    return Optional.ofNullable(ofKind.get(id(kind, namespace, name)));
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
    List<IndexedResource> candidates =
        byPodLabel.get().getOrDefault(new Label(namespace, first.getKey(), first.getValue()), List.of());
    List<IndexedResource> out = new ArrayList<>();
    for (IndexedResource c : candidates) {
      if (carries(c.podLabels().orElseThrow(), selector)) {
        out.add(c);
      }
    }
    return out;
  }

  /** Whether {@code labels} hold every label of {@code selector}: a loop, as every candidate of every Service is asked. */
  private static boolean carries(Map<String, String> labels, Map<String, String> selector) {
    for (Map.Entry<String, String> e : selector.entrySet()) {
      if (!e.getValue().equals(labels.get(e.getKey()))) {
        return false;
      }
    }
    return true;
  }

  /** Workloads whose pods run in {@code namespace}. */
  public List<IndexedResource> workloadsIn(String namespace) {
    return kindTable().workloadsByNamespace().getOrDefault(namespace, List.of());
  }
}
