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
    Optional<Field> labelsField = r.root().at("metadata", "labels");
    Optional<Map<String, String>> podLabels = Optional.empty();
    if (pod.isPresent()) {
      Optional<Field> podLabelsField = pod.get().metadata().flatMap(m -> m.get("labels"));
      podLabels = Optional.of(shared(podLabelsField));
      // A bare Pod's labels, or a template that repeats its workload's: the same map serves.
      if (sameStrings(podLabelsField, labelsField)) {
        return new IndexedResource(r.ref(), r.file().name(), r.root().line(), r.root().column(), podLabels.get(),
            owners(r), podLabels, retained(r, retain), digests);
      }
    }
    // Most resources' own labels are never read by a cross-resource check: the index keeps their
    // texts, and makes the map when one asks.
    return new IndexedResource(r.ref(), r.file().name(), r.root().line(), r.root().column(), sharedPairs(labelsField),
        owners(r), podLabels, retained(r, retain), digests);
  }

  private static List<IndexedResource.Owner> owners(Resource r) {
    List<Field> references = r.root().at("metadata", "ownerReferences").map(Field::items).orElse(List.of());
    if (references.isEmpty()) {
      return List.of();
    }
    List<IndexedResource.Owner> owners = new ArrayList<>(references.size());
    for (Field o : references) {
      owners.add(new IndexedResource.Owner(
          SharedStrings.of(o.get("apiVersion").flatMap(Field::text).orElse("")),
          SharedStrings.of(o.get("kind").flatMap(Field::text).orElse("")),
          o.get("name").flatMap(Field::text).orElse(""),
          o.get("controller").flatMap(Field::bool).orElse(false)));
    }
    return List.copyOf(owners);
  }

  private static Optional<Resource> retained(Resource r, boolean retain) {
    return retain ? Optional.of(PodSpecs.forIndex(r)) : Optional.empty();
  }

  private static final String[] NO_LABELS = {};

  /** The keys and values, in turn, of a mapping's non-null scalar entries, in order, each text shared. */
  private static String[] sharedPairs(Optional<Field> field) {
    if (field.isEmpty() || !(field.get().node() instanceof MapNode m) || m.size() == 0) {
      return NO_LABELS;
    }
    List<MapNode.Entry> all = m.entries();
    String[] pairs = new String[2 * all.size()];
    int n = 0;
    for (int i = 0; i < all.size(); i++) {
      MapNode.Entry e = all.get(i);
      if (e.value() instanceof ScalarNode s && !s.isNull()) {
        pairs[n++] = SharedStrings.of(e.name());
        pairs[n++] = SharedStrings.of(s.value());
      }
    }
    return n == pairs.length ? pairs : Arrays.copyOf(pairs, n);
  }

  /**
   * Labels repeat across resources (app names, teams, versions): the index keeps one copy of each
   * text. The map holds {@link Field#stringMap}'s entries, read straight from the nodes.
   */
  private static Map<String, String> shared(Optional<Field> field) {
    return IndexedResource.labelMap(sharedPairs(field));
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
