package dev.kubeward.netpol.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** {@link Labels} behaves as a read-only {@link TreeMap} of the same entries: compared on generated labels. */
class LabelsTest {

  private static final String[] KEYS = {"app", "app.kubernetes.io/name", "tier", "team", "a", "z", "version", "APP", ""};
  private static final String[] VALUES = {"web", "db", "", "v1", "x"};

  @Test
  void itIsTheTreeMapOfTheSamePairs() {
    Random random = new Random(20261123);
    for (int n = 0; n < 2000; n++) {
      int count = random.nextInt(8);
      String[] pairs = new String[2 * count + random.nextInt(3)]; // room past the pairs is ignored
      TreeMap<String, String> tree = new TreeMap<>();
      Map<String, String> inOrder = new LinkedHashMap<>();
      for (int i = 0; i < count; i++) {
        String k = KEYS[random.nextInt(KEYS.length)]; // keys repeat: the last value wins
        String v = VALUES[random.nextInt(VALUES.length)];
        pairs[2 * i] = k;
        pairs[2 * i + 1] = v;
        tree.put(k, v);
        inOrder.put(k, v);
      }
      Labels labels = Labels.ofPairs(pairs, count);
      assertThat(labels).isEqualTo(tree);
      assertThat(tree).isEqualTo(labels);
      assertThat(labels.hashCode()).isEqualTo(tree.hashCode());
      assertThat(labels.toString()).isEqualTo(tree.toString());
      assertThat(new ArrayList<>(labels.entrySet())).isEqualTo(new ArrayList<>(tree.entrySet()));
      List<String> visited = new ArrayList<>();
      labels.forEach((k, v) -> visited.add(k + "=" + v));
      List<String> expected = new ArrayList<>();
      tree.forEach((k, v) -> expected.add(k + "=" + v));
      assertThat(visited).isEqualTo(expected);
      for (String k : KEYS) {
        assertThat(labels.get(k)).isEqualTo(tree.get(k));
        assertThat(labels.containsKey(k)).isEqualTo(tree.containsKey(k));
      }
      assertThat(labels.get(42)).isNull();
      assertThat(Labels.copyOf(inOrder)).isEqualTo(tree);
      assertThat(Labels.copyOf(labels)).isSameAs(labels);
    }
  }

  @Test
  void itCannotBeChanged() {
    Labels labels = Labels.copyOf(Map.of("app", "web"));
    assertThatThrownBy(() -> labels.put("app", "db")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> labels.remove("app")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(labels::clear).isInstanceOf(UnsupportedOperationException.class);
    assertThat(labels).containsExactly(Map.entry("app", "web"));
  }
}
