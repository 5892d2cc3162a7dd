package dev.kubeward.core.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kubeward.core.model.ResourceRef;
import dev.kubeward.core.yaml.MapNode;
import dev.kubeward.core.yaml.ScalarNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Labels read from their mapping as the map made of them in order: a repeated key
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
      // A mapping built otherwise than by the loader may repeat a key.
      List<MapNode.Entry> entries = new ArrayList<>();
      for (int i = 0; i < pairs.size(); i += 2) {
        entries.add(new MapNode.Entry(ScalarNode.of(pairs.get(i), true, 1, 1), ScalarNode.of(pairs.get(i + 1), true, 1, 1)));
      }
      IndexedResource r = new IndexedResource(new ResourceRef("v1", "ConfigMap", Optional.of("ns"), "c"), "f.yaml", 1, 1,
          new MapNode(entries, 1, 1), List.of(), null, Optional.empty(), Map.of());

      assertThat(r.labels()).as("%s", pairs).isEqualTo(plain);
      assertThat(new ArrayList<>(r.labels().entrySet())).as("%s", pairs)
          .isEqualTo(new ArrayList<>(Map.copyOf(plain).entrySet()));
      assertThat(r.labels()).as("read twice").isSameAs(r.labels());
    }
    assertThat(repeated).as("the generator repeats keys").isGreaterThan(100);
  }
}
