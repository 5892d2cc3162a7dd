package dev.kubeward.core.engine;

import dev.kubeward.core.index.Digest;
import dev.kubeward.core.index.IndexedResource;
import dev.kubeward.core.k8s.PodSpecView;
import dev.kubeward.core.k8s.PodSpecs;
import dev.kubeward.core.model.Field;
import dev.kubeward.core.model.Resource;
import dev.kubeward.core.yaml.MapNode;
import dev.kubeward.core.yaml.SharedStrings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Makes the index's summary of a resource. */
final class IndexEntries {

  private IndexEntries() {}

  static IndexedResource of(Resource r, Optional<PodSpecView> pod, boolean retain, Map<Digest<?>, Object> digests) {
    Optional<Field> metadata = r.root().get("metadata");
    MapNode labels = metadata.isPresent() ? mapping(metadata.get().get("labels")) : null;
    // The pods' labels are read now, to find workloads by them; most resources' own labels are
    // never read by a cross-resource check: the index keeps their mapping, and reads it when one
    // asks (so the first pass touches none of its nodes).
    String[] podLabels = pod.isPresent()
        ? IndexedResource.pairs(mapping(pod.get().metadata().flatMap(m -> m.get("labels"))))
        : null;
    return new IndexedResource(r.ref(), r.file().name(), r.root().line(), r.root().column(), labels,
        owners(metadata), podLabels, retained(r, retain), digests);
  }

  /** The field's mapping; null when it is absent or not a mapping (no labels, as {@link Field#stringMap} reads it). */
  private static MapNode mapping(Optional<Field> field) {
    return field.isPresent() && field.get().node() instanceof MapNode m ? m : null;
  }

  private static List<IndexedResource.Owner> owners(Optional<Field> metadata) {
    if (metadata.isEmpty()) {
      return List.of();
    }
    List<Field> references = metadata.get().get("ownerReferences").map(Field::items).orElse(List.of());
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
}
