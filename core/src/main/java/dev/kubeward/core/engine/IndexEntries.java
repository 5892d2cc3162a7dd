package dev.kubeward.core.engine;

import dev.kubeward.core.index.Digest;
import dev.kubeward.core.index.IndexedResource;
import dev.kubeward.core.k8s.PodSpecView;
import dev.kubeward.core.k8s.PodSpecs;
import dev.kubeward.core.model.Field;
import dev.kubeward.core.model.Resource;
import dev.kubeward.core.yaml.MapNode;
import dev.kubeward.core.yaml.ScalarNode;
import dev.kubeward.core.yaml.SharedStrings;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Makes the index's summary of a resource. */
final class IndexEntries {

  private IndexEntries() {}

  static IndexedResource of(Resource r, Optional<PodSpecView> pod, boolean retain, Map<Digest<?>, Object> digests) {
    List<IndexedResource.Owner> owners = new ArrayList<>();
    for (Field o : r.root().at("metadata", "ownerReferences").map(Field::items).orElse(List.of())) {
      owners.add(new IndexedResource.Owner(
          SharedStrings.of(o.get("apiVersion").flatMap(Field::text).orElse("")),
          SharedStrings.of(o.get("kind").flatMap(Field::text).orElse("")),
          o.get("name").flatMap(Field::text).orElse(""),
          o.get("controller").flatMap(Field::bool).orElse(false)));
    }
    Optional<Field> labelsField = r.root().at("metadata", "labels");
    Map<String, String> labels = shared(labelsField);
    Optional<Map<String, String>> podLabels = pod.map(p -> {
      Optional<Field> podLabelsField = p.metadata().flatMap(m -> m.get("labels"));
      // A bare Pod's labels, or a template that repeats its workload's: the same map serves.
      return sameStrings(podLabelsField, labelsField) ? labels : shared(podLabelsField);
    });
    return new IndexedResource(
        r.ref(),
        r.file().name(),
        r.root().line(),
        r.root().column(),
        labels,
        List.copyOf(owners),
        podLabels,
        retain ? Optional.of(PodSpecs.forIndex(r)) : Optional.empty(),
        digests);
  }


  /**
   * Labels repeat across resources (app names, teams, versions): the index keeps one copy of each
   * text. The map holds {@link Field#stringMap}'s entries, in the same order, read straight from
   * the nodes.
   */
  private static Map<String, String> shared(Optional<Field> field) {
    if (field.isEmpty() || !(field.get().node() instanceof MapNode m) || m.size() == 0) {
      return Map.of();
    }
    @SuppressWarnings("unchecked")
    Map.Entry<String, String>[] entries = new Map.Entry[m.size()];
    int n = 0;
    for (MapNode.Entry e : m.entries()) {
      if (e.value() instanceof ScalarNode s && !s.isNull()) {
        entries[n++] = Map.entry(SharedStrings.of(e.name()), SharedStrings.of(s.value()));
      }
    }
    try {
      return Map.ofEntries(n == entries.length ? entries : Arrays.copyOf(entries, n));
    } catch (IllegalArgumentException duplicateKey) {
      // The loader keeps one value per key; a mapping built otherwise keeps its last, as stringMap does.
      return sharedCopy(Field.stringMap(field));
    }
  }

  private static Map<String, String> sharedCopy(Map<String, String> labels) {
    @SuppressWarnings("unchecked")
    Map.Entry<String, String>[] entries = new Map.Entry[labels.size()];
    int i = 0;
    for (Map.Entry<String, String> e : labels.entrySet()) {
      entries[i++] = Map.entry(SharedStrings.of(e.getKey()), SharedStrings.of(e.getValue()));
    }
    return Map.ofEntries(entries);
  }

  /**
   * Whether two mappings have the same entries in the same order, as text (so that
   * {@link #shared} would make equal maps of them); false unless both are mappings.
   */
  static boolean sameStrings(Optional<Field> a, Optional<Field> b) {
    if (a.isEmpty() || b.isEmpty() || !(a.get().node() instanceof MapNode x) || !(b.get().node() instanceof MapNode y)) {
      return false;
    }
    if (x == y) {
      return true;
    }
    if (x.size() != y.size()) {
      return false;
    }
    for (int i = 0; i < x.size(); i++) {
      MapNode.Entry e = x.entries().get(i);
      MapNode.Entry f = y.entries().get(i);
      if (!e.name().equals(f.name()) || !sameValue(e.value(), f.value())) {
        return false;
      }
    }
    return true;
  }

  /** Both null, or both the same non-null scalar text; anything else (a mapping, a list) only if it is the same node. */
  private static boolean sameValue(dev.kubeward.core.yaml.Node a, dev.kubeward.core.yaml.Node b) {
    if (a instanceof ScalarNode s && b instanceof ScalarNode t) {
      return s.isNull() ? t.isNull() : !t.isNull() && s.value().equals(t.value());
    }
    return a == b;
  }
}
