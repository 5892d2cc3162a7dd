package dev.kubeward.secrets.checks;

import static org.junit.jupiter.api.Assertions.assertSame;

import dev.kubeward.core.model.Field;
import dev.kubeward.core.yaml.MapNode;
import dev.kubeward.core.yaml.Node;
import dev.kubeward.core.yaml.ScalarNode;
import dev.kubeward.core.yaml.SeqNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link Nodes#get} reads a node as {@link Field#get} reads it (a null scalar is absent), on generated
 * mappings and other nodes, whether the key asked for is the mapping's own string or an equal copy.
 */
class NodesTest {

  private static final List<String> KEYS =
      List.of("name", "value", "valueFrom", "secretKeyRef", "secretRef", "key", "optional", "Name", "names", "", "nam");

  @Test
  void readsAsAFieldReads() {
    Random random = new Random(20261122L);
    for (int round = 0; round < 5_000; round++) {
      Node node = randomNode(random);
      for (String key : KEYS) {
        Node expected = node == null ? null : Field.root(node).get(key).map(Field::node).orElse(null);
        assertSame(expected, Nodes.get(node, key), () -> key + " in " + node);
        assertSame(expected, Nodes.get(node, new String(key)), () -> "a copy of " + key + " in " + node);
      }
    }
  }

  private static Node randomNode(Random random) {
    return switch (random.nextInt(6)) {
      case 0 -> null;
      case 1 -> ScalarNode.of("name", true, 1, 1);
      case 2 -> new SeqNode(List.of(ScalarNode.of("x", true, 1, 1)), 1, 1);
      default -> {
        // Unique keys, as the loader makes them; values of every kind, null scalars included.
        Map<String, Node> entries = new LinkedHashMap<>();
        int n = random.nextInt(6);
        for (int i = 0; i < n; i++) {
          entries.put(KEYS.get(random.nextInt(KEYS.size())), randomValue(random));
        }
        List<MapNode.Entry> list = new ArrayList<>();
        entries.forEach((k, v) -> list.add(new MapNode.Entry(ScalarNode.of(k, true, 1, 1), v)));
        yield new MapNode(list, 1, 1);
      }
    };
  }

  private static Node randomValue(Random random) {
    return switch (random.nextInt(5)) {
      case 0 -> ScalarNode.of("null", true, 2, 3);
      case 1 -> ScalarNode.of("", random.nextBoolean(), 2, 3);
      case 2 -> ScalarNode.of("~", false, 2, 3);
      case 3 -> new MapNode(List.of(), 2, 3);
      default -> ScalarNode.of("v" + random.nextInt(100), random.nextBoolean(), 2, 3);
    };
  }
}
