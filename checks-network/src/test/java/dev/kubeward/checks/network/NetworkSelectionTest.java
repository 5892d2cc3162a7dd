package dev.kubeward.checks.network;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kubeward.core.index.Digest;
import dev.kubeward.core.index.IndexedResource;
import dev.kubeward.core.index.ResourceIndex;
import dev.kubeward.core.model.ManifestReader;
import dev.kubeward.core.model.Resource;
import dev.kubeward.core.source.SourceFile;
import dev.kubeward.netpol.analysis.Evaluator;
import dev.kubeward.netpol.model.Direction;
import dev.kubeward.netpol.model.NetworkPolicy;
import dev.kubeward.netpol.model.Pod;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The network picture matches each policy with the pods of its namespace once, looking only at
 * the pods that carry the first label of its {@code matchLabels}. What it answers must be what
 * the definitions give, asked plainly: {@link Evaluator#isolating} for every pod and direction,
 * and the pods of the policy's namespace its {@link NetworkPolicy#selects} accepts, in input order.
 * Checked on generated inputs where labels and selectors often share keys and values.
 */
class NetworkSelectionTest {

  private static final String[] NAMESPACES = {"a", "b", "c"};
  private static final String[] KEYS = {"app", "tier", "app.kubernetes.io/name"};
  private static final String[] VALUES = {"web", "db", "x"};

  @Test
  void selectionIsTheDefinitionOnGeneratedInputs() {
    Random random = new Random(2026_11_22L);
    int selected = 0;
    int isolated = 0;
    for (int round = 0; round < 200; round++) {
      NetworkFacts facts = new NetworkFacts(index(manifests(random)));
      Evaluator plain = new Evaluator(facts.cluster());
      for (Pod pod : facts.cluster().pods()) {
        for (Direction d : Direction.values()) {
          List<NetworkPolicy> expected = plain.isolating(pod, d);
          assertThat(facts.isolating(pod, d)).as("%s %s", pod, d).containsExactlyElementsOf(expected);
          isolated += expected.isEmpty() ? 0 : 1;
        }
      }
      for (NetworkPolicy p : facts.cluster().policies()) {
        List<Pod> expected = facts.cluster().pods().stream().filter(p::selects).toList();
        List<Pod> actual = facts.selectedPods(p);
        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
          assertThat(actual.get(i)).as("%s", p).isSameAs(expected.get(i));
        }
        selected += expected.size();
      }
    }
    assertThat(selected).isGreaterThan(500);
    assertThat(isolated).isGreaterThan(500);
  }

  private static ResourceIndex index(String yaml) {
    ManifestReader.FileResult parsed = new ManifestReader()
        .parse(new SourceFile("net.yaml", Optional.empty()), yaml);
    List<IndexedResource> indexed = new ArrayList<>();
    for (Resource r : parsed.resources()) {
      Map<Digest<?>, Object> digests = new HashMap<>();
      for (Digest<?> d : NetworkFacts.DIGESTS) {
        if (d.kinds().contains(r.kind())) {
          d.read(r).ifPresent(v -> digests.put(d, v));
        }
      }
      indexed.add(new IndexedResource(r.ref(), r.file().name(), r.root().line(), r.root().column(), r.labels(), List.of(),
          Optional.empty(), Optional.empty(), Map.copyOf(digests)));
    }
    return new ResourceIndex(indexed);
  }

  private static String pick(Random random, String... choices) {
    return choices[random.nextInt(choices.length)];
  }

  /** Up to three labels from a small alphabet, as a flow mapping. */
  private static String labels(Random random, int max) {
    List<String> out = new ArrayList<>();
    int n = random.nextInt(max + 1);
    for (int i = 0; i < n; i++) {
      out.add(pick(random, KEYS) + ": " + pick(random, VALUES));
    }
    return "{" + String.join(", ", out.stream().distinct().toList()) + "}";
  }

  private static String selector(Random random) {
    return switch (random.nextInt(5)) {
      case 0 -> "{}";
      case 1 -> "{matchExpressions: [{key: " + pick(random, KEYS) + ", operator: " + pick(random, "In", "NotIn") + ", values: ["
          + pick(random, VALUES) + "]}]}";
      case 2 -> "{matchLabels: " + labels(random, 2) + ", matchExpressions: [{key: " + pick(random, KEYS)
          + ", operator: " + pick(random, "Exists", "DoesNotExist") + "}]}";
      default -> "{matchLabels: " + labels(random, 3) + "}";
    };
  }

  private static String manifests(Random random) {
    StringBuilder sb = new StringBuilder();
    int objects = 5 + random.nextInt(25);
    for (int i = 0; i < objects; i++) {
      String ns = pick(random, NAMESPACES);
      if (random.nextInt(3) == 0) {
        sb.append("apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: p").append(i)
            .append(", namespace: ").append(ns).append("}\nspec:\n  podSelector: ").append(selector(random)).append('\n')
            .append(pick(random, "", "  policyTypes: [Ingress]\n", "  policyTypes: [Egress]\n", "  policyTypes: [Ingress, Egress]\n",
                "  egress: [{}]\n"));
      } else if (random.nextBoolean()) {
        sb.append("apiVersion: v1\nkind: Pod\nmetadata: {name: w").append(i).append(", namespace: ").append(ns)
            .append(", labels: ").append(labels(random, 3)).append("}\nspec:\n  containers: [{name: c, image: i}]\n");
      } else {
        sb.append("apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: w").append(i).append(", namespace: ").append(ns)
            .append("}\nspec:\n  template:\n    metadata: {labels: ").append(labels(random, 3))
            .append("}\n    spec:\n      containers: [{name: c, image: i}]\n");
      }
      sb.append("---\n");
    }
    return sb.toString();
  }
}
