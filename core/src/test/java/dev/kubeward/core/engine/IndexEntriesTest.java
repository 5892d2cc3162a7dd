package dev.kubeward.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kubeward.core.index.IndexedResource;
import dev.kubeward.core.k8s.PodSpecs;
import dev.kubeward.core.model.Field;
import dev.kubeward.core.model.ManifestReader;
import dev.kubeward.core.model.Resource;
import dev.kubeward.core.source.SourceFile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The index's labels, read straight from the nodes (and shared between a workload and a pod
 * template that repeats them), equal the plain reading: {@link Field#stringMap} of each mapping,
 * in the same iteration order, on generated resources with null, quoted, nested and repeated
 * values.
 */
class IndexEntriesTest {

  private static final String[] KEYS = {"app", "team", "tier", "app.kubernetes.io/name", "version", "x"};
  private static final String[] VALUES = {"web", "null", "~", "", "\"quoted\"", "'null'", "{a: 1}", "[1, 2]", "42", "true"};

  @Test
  void labelsAsTheIndexKeepsThemEqualThePlainReading() {
    Random random = new Random(20261122);
    for (int round = 0; round < 400; round++) {
      String own = labels(random);
      String template = random.nextInt(3) == 0 ? own : labels(random);
      String kind = random.nextBoolean() ? "Deployment" : "Pod";
      String yaml = kind.equals("Pod")
          ? "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n" + own + "spec:\n  containers: [{name: c, image: i}]\n"
          : "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: d\n" + own
              + "spec:\n  template:\n    metadata:\n" + template.indent(4) + "    spec:\n      containers: [{name: c}]\n";
      Resource r = new ManifestReader().parse(new SourceFile("gen.yaml", Optional.empty()), yaml).resources().get(0);
      IndexedResource ir = IndexEntries.of(r, PodSpecs.of(r), false, Map.of());

      Map<String, String> plainLabels = Field.stringMap(r.root().at("metadata", "labels"));
      assertThat(entries(ir.labels())).as(yaml).isEqualTo(entries(Map.copyOf(plainLabels)));
      assertThat(ir.labels()).as(yaml).isEqualTo(plainLabels);
      Map<String, String> plainPod =
          Field.stringMap(PodSpecs.of(r).orElseThrow().metadata().flatMap(m -> m.get("labels")));
      assertThat(ir.podLabels()).as(yaml).contains(plainPod);
    }
  }

  /** A labels entry of the metadata, or none, with keys and values drawn from small sets. */
  private static String labels(Random random) {
    int n = random.nextInt(5);
    if (n == 0) {
      return random.nextBoolean() ? "" : "  labels:\n";
    }
    Map<String, String> entries = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      entries.put(KEYS[random.nextInt(KEYS.length)], VALUES[random.nextInt(VALUES.length)]);
    }
    StringBuilder sb = new StringBuilder("  labels:\n");
    entries.forEach((k, v) -> sb.append("    \"").append(k).append("\": ").append(v).append('\n'));
    return sb.toString();
  }

  /** The entries in iteration order: two equal maps may still iterate differently. */
  private static List<Map.Entry<String, String>> entries(Map<String, String> m) {
    return new ArrayList<>(m.entrySet());
  }
}
