package dev.kubeward.core.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kubeward.core.model.Resource;
import dev.kubeward.core.model.ResourceRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A resource's digests, kept in its own fields for the first two and in a map beyond: each
 * digest given is found with its value, and any other digest is found empty, whatever the number.
 */
class IndexedResourceDigestsTest {

  private static final class Named extends Digest<String> {
    Named(String name) {
      super(name, Set.of("ConfigMap"));
    }

    @Override
    public Optional<String> read(Resource r) {
      return Optional.empty();
    }
  }

  @Test
  void everyDigestGivenIsFoundAndNoOther() {
    List<Named> digests = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      digests.add(new Named("d" + i));
    }
    for (int given = 0; given <= 5; given++) {
      Map<Digest<?>, Object> values = new HashMap<>();
      for (int i = 0; i < given; i++) {
        values.put(digests.get(i), "value of d" + i);
      }
      IndexedResource r = new IndexedResource(new ResourceRef("v1", "ConfigMap", Optional.of("ns"), "c"), "f.yaml", 1, 1,
          Map.of(), List.of(), Optional.empty(), Optional.empty(), values);

      for (int i = 0; i < digests.size(); i++) {
        assertThat(r.digest(digests.get(i))).as("%d given, d%d", given, i)
            .isEqualTo(i < given ? Optional.of("value of d" + i) : Optional.empty());
      }
    }
  }
}
