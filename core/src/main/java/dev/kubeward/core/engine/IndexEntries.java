package dev.kubeward.core.engine;

import dev.kubeward.core.index.Digest;
import dev.kubeward.core.index.IndexedResource;
import dev.kubeward.core.k8s.PodSpecView;
import dev.kubeward.core.k8s.PodSpecs;
import dev.kubeward.core.model.Field;
import dev.kubeward.core.model.Resource;
import dev.kubeward.core.yaml.SharedStrings;
import java.util.ArrayList;
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
    Optional<Map<String, String>> podLabels =
        pod.map(p -> shared(Field.stringMap(p.metadata().flatMap(m -> m.get("labels")))));
    return new IndexedResource(
        r.ref(),
        r.file().name(),
        r.root().line(),
        r.root().column(),
        shared(r.labels()),
        List.copyOf(owners),
        podLabels,
        retain ? Optional.of(PodSpecs.forIndex(r)) : Optional.empty(),
        digests);
  }


  /** Labels repeat across resources (app names, teams, versions): the index keeps one copy of each text. */
  private static Map<String, String> shared(Map<String, String> labels) {
    if (labels.isEmpty()) {
      return Map.of();
    }
    @SuppressWarnings("unchecked")
    Map.Entry<String, String>[] entries = new Map.Entry[labels.size()];
    int i = 0;
    for (Map.Entry<String, String> e : labels.entrySet()) {
      entries[i++] = Map.entry(SharedStrings.of(e.getKey()), SharedStrings.of(e.getValue()));
    }
    return Map.ofEntries(entries);
  }
}
