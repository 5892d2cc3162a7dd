package dev.kubeward.checks.network;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kubeward.core.model.Anchor;
import dev.kubeward.core.model.Field;
import dev.kubeward.core.model.ManifestReader;
import dev.kubeward.core.model.Resource;
import dev.kubeward.core.source.SourceFile;
import dev.kubeward.core.testing.Manifests;
import dev.kubeward.netpol.model.Direction;
import dev.kubeward.netpol.model.NetworkPolicy;
import dev.kubeward.netpol.model.Rule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The network rules keep no NetworkPolicy tree: a finding about a rule's port points where
 * {@link NetworkFacts#portPlace} says, worked out from the policy's digest. It must be exactly the
 * port's field in the tree (path, line, column), on the fixtures and on generated policies
 * written in every style (flow and block, empty and null rules among the others, comments).
 */
class NetworkFactsTest {

  @TempDir Path dir;

  @Test
  void portPlacesAreTheFieldsOfTheTreeInTheFixtures() throws IOException {
    List<Path> files = Manifests.yamlFilesUnder(Path.of("src/test/resources/fixtures"));
    int ports = 0;
    for (Path f : files) {
      ports += comparePorts(f);
    }
    assertThat(ports).isGreaterThan(5);
  }

  @Test
  void portPlacesAreTheFieldsOfTheTreeInGeneratedPolicies() throws IOException {
    Random random = new Random(42_2026L);
    int ports = 0;
    for (int i = 0; i < 300; i++) {
      ports += comparePorts(Files.writeString(dir.resolve("p" + i + ".yaml"), policy(random)));
    }
    assertThat(ports).isGreaterThan(500);
  }

  private int comparePorts(Path f) {
    int n = 0;
    for (Resource r : resources(f)) {
      if (!r.kind().equals("NetworkPolicy")) {
        continue;
      }
      Optional<NetworkFacts.PolicyEntry> entry = NetworkFacts.POLICY.read(r);
      if (entry.isEmpty()) {
        continue;
      }
      NetworkPolicy p = entry.get().policy();
      assertThat(entry.get().podSelector().anchor()).isEqualTo(Anchor.of(r.root().nearest("spec", "podSelector")));
      for (Direction d : Direction.values()) {
        List<Field> items = r.root().at("spec", d == Direction.INGRESS ? "ingress" : "egress").map(Field::items).orElse(List.of());
        for (Rule rule : p.rules(d)) {
          List<Field> portFields = items.get(rule.index() - 1).at("ports").map(Field::items).orElse(List.of());
          assertThat(portFields).hasSize(rule.ports().size());
          for (int i = 0; i < rule.ports().size(); i++) {
            assertThat(NetworkFacts.portPlace(rule, i).anchor()).as("%s port %d in %s", rule.describe(), i, f)
                .isEqualTo(Anchor.of(portFields.get(i)));
            n++;
          }
        }
      }
    }
    return n;
  }

  /** The anchor the digests keep for a workload or Namespace is {@code Anchor.of} of its name's field (or the nearest above it). */
  @Test
  void workloadNamesAreAnchoredAtTheirFields() throws IOException {
    List<Path> files = new ArrayList<>(Manifests.yamlFilesUnder(Path.of("src/test/resources/fixtures")));
    files.add(Files.writeString(dir.resolve("unnamed.yaml"), """
        apiVersion: v1
        kind: Pod
        metadata: {namespace: team}
        spec:
          containers: [{name: web, image: registry.example/web:1.0}]
        ---
        apiVersion: v1
        kind: Pod
        spec:
          containers: [{name: web, image: registry.example/web:1.0}]
        ---
        apiVersion: v1
        kind: Pod
        metadata:
          labels: {app: web}
          "name": quoted
        spec:
          containers: [{name: web, image: registry.example/web:1.0}]
        ---
        apiVersion: v1
        kind: Pod
        metadata: {name: ~, namespace: team}
        spec:
          containers: [{name: web, image: registry.example/web:1.0}]
        ---
        apiVersion: v1
        kind: Pod
        metadata: {name: "", namespace: team}
        spec:
          containers: [{name: web, image: registry.example/web:1.0}]
        ---
        apiVersion: v1
        kind: Namespace
        metadata: null
        """));
    int workloads = 0;
    for (Path f : files) {
      for (Resource r : resources(f)) {
        if (NetworkFacts.WORKLOAD_KINDS.contains(r.kind()) || r.kind().equals("Namespace")) {
          assertThat(NetworkFacts.nameAnchor(r)).as("%s in %s", r.name(), f).isEqualTo(Anchor.of(r.root().nearest("metadata", "name")));
          workloads++;
        }
      }
    }
    assertThat(workloads).isGreaterThan(20);
  }

  private static List<Resource> resources(Path f) {
    List<Resource> out = new ArrayList<>();
    new ManifestReader().read(SourceFile.of(f, f.getParent()), out::add);
    return out;
  }

  private static String pick(Random random, String... choices) {
    return choices[random.nextInt(choices.length)];
  }

  private static String policy(Random random) {
    StringBuilder sb = new StringBuilder("# generated\napiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\n"
        + "metadata: {name: p, namespace: ns}\n");
    if (random.nextInt(10) == 0) {
      return sb.append("spec:\n  podSelector: {}\n").toString();
    }
    boolean flow = random.nextBoolean();
    sb.append(flow ? "spec: {podSelector: {}, " : "spec:\n  podSelector: {}\n");
    List<String> lists = new ArrayList<>();
    for (String list : random.nextBoolean() ? List.of("ingress", "egress") : List.of("egress", "ingress")) {
      StringBuilder rules = new StringBuilder();
      int n = random.nextInt(5);
      for (int i = 0; i < n; i++) {
        String rule = switch (random.nextInt(6)) {
          case 0 -> "{}";
          case 1 -> "null";
          default -> rule(random, list.equals("ingress") ? "from" : "to");
        };
        rules.append(flow ? (i > 0 ? ", " : "") + rule : "  - " + rule + "\n  # between rules\n");
      }
      lists.add(flow ? list + ": [" + rules + "]" : "  " + list + ":\n" + rules);
    }
    sb.append(flow ? String.join(", ", lists) + "}\n" : String.join("", lists));
    return sb.toString();
  }

  private static String rule(Random random, String peers) {
    List<String> ports = new ArrayList<>();
    int n = random.nextInt(4);
    for (int i = 0; i < n; i++) {
      ports.add(pick(random, "{port: 80}", "{protocol: UDP, port: 53}", "{port: http}", "{}", "{port: 8000, endPort: 8080}"));
    }
    String peer = peers + ": [{podSelector: {matchLabels: {app: x}}}]";
    return random.nextBoolean()
        ? "{" + peer + (random.nextBoolean() ? ", " : ", ports: [" + String.join(", ", ports) + "], ") + "}"
            .replace(", }", "}")
        : "{ports: [" + String.join(", ", ports) + "]}";
  }
}
