package dev.kubeward.core.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kubeward.core.model.ResourceRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Labels given as keys and values in turn read as the map made of them in order: a repeated key
 * keeps its last value at its first place, and the map iterates as {@link Map#copyOf} of that
 * ordered map does. Seeded generated label lists with repeated keys.
 */
class IndexedResourceLabelsTest {

  private static final String[] KEYS = {"app", "team", "tier", "app.kubernetes.io/name", "version"};

  @Test
  void labelPairsReadAsTheOrderedMapOfThem() {
    Random random = new Random(20261122);
    int repeated = 0;
    for (int round = 0; round < 500; round++) {
      List<String> pairs = new ArrayList<>();
      Map<String, String> plain = new LinkedHashMap<>();
      for (int i = random.nextInt(7); i > 0; i--) {
        String key = KEYS[random.nextInt(KEYS.length)];
        String value = "v" + random.nextInt(4);
        repeated += plain.containsKey(key) ? 1 : 0;
        plain.put(key, value);
        pairs.add(key);
        pairs.add(value);
      }
      IndexedResource r = new IndexedResource(new ResourceRef("v1", "ConfigMap", Optional.of("ns"), "c"), "f.yaml", 1, 1,
          pairs.toArray(String[]::new), List.of(), Optional.empty(), Optional.empty(), Map.of());

      assertThat(r.labels()).as("%s", pairs).isEqualTo(plain);
      assertThat(new ArrayList<>(r.labels().entrySet())).as("%s", pairs)
          .isEqualTo(new ArrayList<>(Map.copyOf(plain).entrySet()));
      assertThat(r.labels()).as("read twice").isSameAs(r.labels());
    }
    assertThat(repeated).as("the generator repeats keys").isGreaterThan(100);
  }
}
