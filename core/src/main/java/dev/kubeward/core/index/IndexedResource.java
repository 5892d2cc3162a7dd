package dev.kubeward.core.index;

import dev.kubeward.core.model.Field;
import dev.kubeward.core.model.Resource;
import dev.kubeward.core.model.ResourceRef;
import dev.kubeward.core.source.SourceFile;
import dev.kubeward.core.yaml.FrozenTree;
import dev.kubeward.core.yaml.MapNode;
import dev.kubeward.core.yaml.ScalarNode;
import dev.kubeward.core.yaml.SharedStrings;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the index keeps of every resource, small enough for 100,000 of them: identity, where it
 * is, labels, owners, the labels its pods carry when it is a workload, and the {@link Digest}s
 * cross-resource checks asked for. The whole
 * {@link Resource} is kept only for kinds a cross-resource check asked to retain, and then packed
 * ({@link FrozenTree}): {@link #retained()} rebuilds it on each call, unless the engine has
 * {@linkplain #pin() pinned} it while the checks of its kind run.
 */
public final class IndexedResource {

  /** An owner reference: the controller or object this one belongs to. */
  public record Owner(String apiVersion, String kind, String name, boolean controller) {}

  private final ResourceRef ref;
  private final String file;
  private final int line;
  private final int column;
  /**
   * The labels, or null until first read while {@link #labelsNode} holds them: most resources'
   * labels are never read by a cross-resource check. Made by any thread that reads it first; two
   * threads may make two equal maps, which is harmless.
   */
  private Map<String, String> labels;
  /**
   * The labels' mapping in the resource's tree, until {@link #labels} is made of it: the first
   * pass then reads nothing of the labels (their entries, scalars and texts are cold in a large
   * scan), and the map costs its reading only for the few resources whose labels a check asks for.
   */
  private MapNode labelsNode;
  private final List<Owner> owners;
  /**
   * The labels of the pods it runs; null until first read while {@link #podLabelPairs} holds them
   * (a workload made by the engine), as {@link #labels} is made of {@link #labelsNode}.
   */
  private Optional<Map<String, String>> podLabels;
  /** The pods' labels as keys and values in turn, from a mapping (so each key once); null when given as a map. */
  private String[] podLabelPairs;
  /** The retained resource's file and document, or null when it is not retained. */
  private final SourceFile source;
  private final int document;
  private final FrozenTree tree;
  private volatile Resource pinned;
  /*
   * The digests: a resource has one or two, kept in its own fields, so that the late phase reads
   * one without going through a map's object and table, which are no longer in the cache by then;
   * any further ones in a map (null when there are none).
   */
  private final Digest<?> digest0;
  private final Object value0;
  private final Digest<?> digest1;
  private final Object value1;
  private final Map<Digest<?>, Object> moreDigests;

  /**
   * @param line the line of the resource's first key
   * @param column its column
   * @param podLabels the labels of the pods it runs (its pod template's, or a Pod's own); empty
   *     if it is not a workload
   * @param retained the resource as the index keeps it, for kinds a check retains
   * @param digests what cross-resource checks asked to know of it
   */
  public IndexedResource(
      ResourceRef ref,
      String file,
      int line,
      int column,
      Map<String, String> labels,
      List<Owner> owners,
      Optional<Map<String, String>> podLabels,
      Optional<Resource> retained,
      Map<Digest<?>, Object> digests) {
    this(ref, file, line, column, owners, podLabels, retained, digests);
    this.labels = labels;
  }

  /**
   * As the other constructor, with the labels as the mapping they are read from when first asked
   * for ({@link #pairs}; null for none), and the pods' labels as {@link #pairs} read them from
   * their mapping (null when it is not a workload), made a map when first asked for. Neither may
   * be changed afterwards.
   */
  public IndexedResource(
      ResourceRef ref,
      String file,
      int line,
      int column,
      MapNode labels,
      List<Owner> owners,
      String[] podLabels,
      Optional<Resource> retained,
      Map<Digest<?>, Object> digests) {
    this(ref, file, line, column, owners, podLabels == null ? Optional.empty() : null, retained, digests);
    this.podLabelPairs = podLabels;
    if (labels == null || labels.size() == 0) {
      this.labels = Map.of();
    } else {
      this.labelsNode = labels;
    }
  }

  private IndexedResource(
      ResourceRef ref,
      String file,
      int line,
      int column,
      List<Owner> owners,
      Optional<Map<String, String>> podLabels,
      Optional<Resource> retained,
      Map<Digest<?>, Object> digests) {
    this.column = column;
    Digest<?>[] keys = new Digest<?>[2];
    Object[] values = new Object[2];
    Map<Digest<?>, Object> more = null;
    int n = 0;
    for (Map.Entry<Digest<?>, Object> e : digests.entrySet()) {
      if (n < 2) {
        keys[n] = e.getKey();
        values[n] = e.getValue();
      } else {
        if (more == null) {
          more = new java.util.HashMap<>();
        }
        more.put(e.getKey(), e.getValue());
      }
      n++;
    }
    this.digest0 = keys[0];
    this.value0 = values[0];
    this.digest1 = keys[1];
    this.value1 = values[1];
    this.moreDigests = more == null ? null : Map.copyOf(more);
    this.ref = ref;
    this.file = file;
    this.line = line;
    this.owners = owners;
    this.podLabels = podLabels;
    this.source = retained.map(Resource::file).orElse(null);
    this.document = retained.map(Resource::document).orElse(0);
    this.tree = retained.map(r -> FrozenTree.of(r.root().node())).orElse(null);
  }

  public ResourceRef ref() {
    return ref;
  }

  public String file() {
    return file;
  }

  public int line() {
    return line;
  }

  public int column() {
    return column;
  }

  /** What {@code digest} kept of it; empty when it is not of the digest's kinds, or had nothing to keep. */
  @SuppressWarnings("unchecked")
  public <T> Optional<T> digest(Digest<T> digest) {
    Object value = digest == digest0 ? value0 : digest == digest1 ? value1
        : moreDigests == null ? null : moreDigests.get(digest);
    return Optional.ofNullable((T) value);
  }

  public Map<String, String> labels() {
    Map<String, String> m = labels;
    if (m == null) {
      m = labelMap(pairs(labelsNode));
      labels = m;
    }
    return m;
  }

  private static final String[] NO_LABELS = {};

  /**
   * The keys and values, in turn, of a mapping's non-null scalar entries, in order, each text
   * shared ({@link SharedStrings#of}): {@link Field#stringMap}'s entries, read straight from the
   * nodes. Labels repeat across resources (app names, teams, versions): the index keeps one copy
   * of each text.
   */
  public static String[] pairs(MapNode m) {
    if (m == null || m.size() == 0) {
      return NO_LABELS;
    }
    String[] pairs = new String[2 * m.size()];
    int n = 0;
    for (int i = 0; i < m.size(); i++) {
      if (m.value(i) instanceof ScalarNode s && !s.isNull()) {
        pairs[n++] = SharedStrings.of(m.name(i));
        pairs[n++] = SharedStrings.of(s.value());
      }
    }
    return n == pairs.length ? pairs : Arrays.copyOf(pairs, n);
  }

  /**
   * The labels given as keys and values in turn: immutable; a key given twice keeps its last
   * value (the loader keeps one value per key, a mapping built otherwise its last).
   */
  @SuppressWarnings("unchecked")
  public static Map<String, String> labelMap(String[] pairs) {
    if (pairs.length == 0) {
      return Map.of();
    }
    Map.Entry<String, String>[] entries = new Map.Entry[pairs.length / 2];
    for (int i = 0; i < entries.length; i++) {
      entries[i] = Map.entry(pairs[2 * i], pairs[2 * i + 1]);
    }
    try {
      return Map.ofEntries(entries);
    } catch (IllegalArgumentException duplicateKey) {
      Map<String, String> last = new java.util.LinkedHashMap<>();
      for (int i = 0; i < pairs.length; i += 2) {
        last.put(pairs[i], pairs[i + 1]);
      }
      return Map.ofEntries(last.entrySet().toArray(Map.Entry[]::new));
    }
  }

  public List<Owner> owners() {
    return owners;
  }

  public Optional<Map<String, String>> podLabels() {
    Optional<Map<String, String>> p = podLabels;
    if (p == null) {
      p = Optional.of(labelMap(podLabelPairs));
      podLabels = p;
    }
    return p;
  }

  /**
   * Each label of its pods, in order: read from the pairs while the map is not made, each key once
   * (the pairs come from a mapping); nothing when it is not a workload.
   */
  void forEachPodLabel(java.util.function.BiConsumer<String, String> action) {
    String[] pairs = podLabelPairs;
    if (pairs != null) {
      for (int i = 0; i < pairs.length; i += 2) {
        action.accept(pairs[i], pairs[i + 1]);
      }
    } else {
      podLabels.ifPresent(m -> m.forEach(action));
    }
  }

  /** The whole resource (as the index keeps it), for kinds a cross-resource check retains. */
  public Optional<Resource> retained() {
    if (tree == null) {
      return Optional.empty();
    }
    Resource r = pinned;
    return Optional.of(r != null ? r : thaw());
  }

  /** Keeps the rebuilt resource at hand, so that every check of its kind reads the same one, until {@link #unpin()}. */
  public void pin() {
    if (tree != null && pinned == null) {
      pinned = thaw();
    }
  }

  public void unpin() {
    pinned = null;
  }

  private Resource thaw() {
    return new Resource(source, document, ref, Field.root(tree.thaw()));
  }

  public String kind() {
    return ref.kind();
  }

  public String namespace() {
    return ref.namespace().orElse("");
  }

  public String name() {
    return ref.name();
  }

  public boolean isWorkload() {
    return podLabelPairs != null || podLabels.isPresent();
  }

  @Override
  public String toString() {
    return "IndexedResource[" + ref + " in " + file + ":" + line + "]";
  }
}
