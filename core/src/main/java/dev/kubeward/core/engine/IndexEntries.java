package dev.kubeward.core.engine;

import dev.kubeward.core.index.IndexedResource;
import dev.kubeward.core.k8s.PodSpecView;
import dev.kubeward.core.k8s.PodSpecs;
import dev.kubeward.core.model.Field;
import dev.kubeward.core.model.Resource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Makes the index's summary of a resource. */
final class IndexEntries {

  private IndexEntries() {}

  static IndexedResource of(Resource r, Optional<PodSpecView> pod, boolean retain) {
    List<IndexedResource.Owner> owners = new ArrayList<>();
    for (Field o : r.root().at("metadata", "ownerReferences").map(Field::items).orElse(List.of())) {
      owners.add(new IndexedResource.Owner(
          o.get("apiVersion").flatMap(Field::text).orElse(""),
          o.get("kind").flatMap(Field::text).orElse(""),
          o.get("name").flatMap(Field::text).orElse(""),
          o.get("controller").flatMap(Field::bool).orElse(false)));
    }
    Optional<Map<String, String>> podLabels = pod.map(p -> Field.immutableStringMap(p.metadata().flatMap(m -> m.get("labels"))));
    return new IndexedResource(
        r.ref(),
        r.file().name(),
        r.root().line(),
        Field.immutableStringMap(r.root().at("metadata", "labels")),
        List.copyOf(owners),
        podLabels,
        retain ? Optional.of(PodSpecs.forIndex(r)) : Optional.empty());
  }

}
