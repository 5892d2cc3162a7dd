package dev.kubeward.netpol.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kubeward.core.model.ManifestReader;
import dev.kubeward.core.model.Resource;
import dev.kubeward.core.source.SourceFile;
import dev.kubeward.core.testing.Manifests;
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
 * {@link ResourceReader} reads quietly (it stops at an object's first error and makes no message):
 * it must give exactly what the reader that reports every problem gives, an object left out when
 * there is any error and the same value otherwise. Checked on every scenario of the repository
 * and on generated policies and workloads, most with a mistake or two in them.
 */
class QuietReadTest {

  @TempDir Path dir;

  @Test
  void quietReadsGiveWhatFullReadsGiveOnTheScenarios() throws IOException {
    List<Path> files = Manifests.yamlFilesUnder(Path.of("src/test/resources/scenarios"));
    assertThat(files).isNotEmpty();
    int compared = 0;
    for (Path f : files) {
      compared += compare(f);
    }
    assertThat(compared).isGreaterThan(50);
  }

  @Test
  void quietReadsGiveWhatFullReadsGiveOnGeneratedObjects() throws IOException {
    Random random = new Random(20261122L);
    int rejected = 0;
    int kept = 0;
    for (int i = 0; i < 400; i++) {
      Path f = Files.writeString(dir.resolve("g" + i + ".yaml"), policy(random) + "---\n" + deployment(random));
      for (Resource r : resources(f)) {
        Optional<?> full = fullRead(r);
        if (full.isPresent()) {
          kept++;
        } else {
          rejected++;
        }
      }
      compare(f);
    }
    // The generator makes both kinds, so both paths are compared.
    assertThat(kept).isGreaterThan(100);
    assertThat(rejected).isGreaterThan(100);
  }

  private int compare(Path f) {
    int n = 0;
    for (Resource r : resources(f)) {
      Optional<?> quiet = PolicyReader.isNetworkPolicy(r) ? ResourceReader.policy(r) : ResourceReader.pod(r);
      assertThat(quiet).as("%s at %s:%d", r.kind(), f, r.root().line()).isEqualTo(fullRead(r));
      n++;
    }
    return n;
  }

  private static Optional<?> fullRead(Resource r) {
    Problems problems = new Problems(r.file().name());
    if (PolicyReader.isNetworkPolicy(r)) {
      return PolicyReader.read(r, problems);
    }
    return PodReader.runsPods(r) ? PodReader.read(r, problems) : Optional.empty();
  }

  private List<Resource> resources(Path f) {
    List<Resource> out = new ArrayList<>();
    new ManifestReader().read(SourceFile.of(f, f.getParent()), out::add);
    return out;
  }

  private static String pick(Random random, String... choices) {
    return choices[random.nextInt(choices.length)];
  }

  /** A policy of a few rules; each part is right most of the time and wrong in one of several ways otherwise. */
  static String policy(Random random) {
    StringBuilder sb = new StringBuilder("apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: p, namespace: ns}\nspec:\n");
    sb.append("  podSelector: ").append(random.nextInt(10) == 0 ? pick(random, "[]", "{matchLabels: {app: 1}}", "{oops: {}}")
        : pick(random, "{}", "{matchLabels: {app: web}}", "{matchExpressions: [{key: tier, operator: In, values: [a, b]}]}")).append('\n');
    if (random.nextBoolean()) {
      sb.append("  policyTypes: ").append(random.nextInt(10) == 0 ? pick(random, "[ingress]", "Ingress", "[Ingress, Egress, Ingress]")
          : pick(random, "[Ingress]", "[Egress]", "[Ingress, Egress]")).append('\n');
    }
    for (String list : List.of("ingress", "egress")) {
      if (random.nextInt(4) == 0) {
        continue;
      }
      sb.append("  ").append(list).append(":\n");
      int rules = random.nextInt(4);
      for (int i = 0; i < rules; i++) {
        if (random.nextInt(8) == 0) {
          sb.append("  - ").append(pick(random, "{}", "null", "oops")).append('\n');
          continue;
        }
        sb.append("  - ").append(list.equals("ingress") ? "from" : "to").append(":\n");
        int peers = random.nextInt(3);
        for (int j = 0; j < peers; j++) {
          sb.append("    - ").append(peer(random)).append('\n');
        }
        if (random.nextBoolean()) {
          sb.append("    ports:\n");
          int ports = 1 + random.nextInt(3);
          for (int j = 0; j < ports; j++) {
            sb.append("    - ").append(port(random)).append('\n');
          }
        }
        if (random.nextInt(20) == 0) {
          sb.append("    prots: []\n");
        }
      }
    }
    return sb.toString();
  }

  private static String peer(Random random) {
    if (random.nextInt(12) == 0) {
      return pick(random, "{}", "{ipBlock: {cidr: 10.0.0.0/8}, podSelector: {}}", "{podSelector: {matchLabels: {a: b}}, bogus: 1}");
    }
    if (random.nextInt(3) == 0) {
      int a = random.nextInt(4);
      String except = random.nextBoolean() ? "" : ", except: [10." + (random.nextBoolean() ? a : random.nextInt(4)) + ".1.0/24]";
      String cidr = random.nextInt(10) == 0 ? pick(random, "10.0.0.0", "10.0.0.1/8", "010.0.0.0/8", "::/0", "300.0.0.0/8")
          : "10." + a + ".0.0/16";
      return "ipBlock: {cidr: " + cidr + except + "}";
    }
    String ns = pick(random, "", "namespaceSelector: {}", "namespaceSelector: {matchLabels: {team: a}}");
    String pod = random.nextInt(10) == 0 ? pick(random, "podSelector: {matchLabels: {-bad: x}}",
        "podSelector: {matchExpressions: [{key: a, operator: Exists, values: [x]}]}")
        : pick(random, "podSelector: {}", "podSelector: {matchLabels: {app: api}}",
            "podSelector: {matchExpressions: [{key: tier, operator: NotIn, values: [x]}]}");
    return "{" + (ns.isEmpty() ? pod : ns + (random.nextBoolean() ? ", " + pod : "")) + "}";
  }

  private static String port(Random random) {
    if (random.nextInt(10) == 0) {
      return pick(random, "{port: 0}", "{port: 80, endPort: 70}", "{port: Http}", "{port: http, endPort: 90}", "{protocol: tcp}",
          "{endPort: 9}", "{port: 1.5}", "8080");
    }
    return pick(random, "{port: 80}", "{port: 8000, endPort: 8100, protocol: TCP}", "{port: http}", "{protocol: UDP}",
        "{port: metrics-1, protocol: SCTP}");
  }

  /** A Deployment whose container ports are right most of the time. */
  static String deployment(Random random) {
    StringBuilder sb = new StringBuilder("apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web, namespace: ns}\nspec:\n"
        + "  template:\n    metadata: {labels: {app: web}}\n    spec:\n      containers:\n      - name: c\n        image: i\n        ports:\n");
    int ports = random.nextInt(3);
    for (int i = 0; i < ports; i++) {
      sb.append("        - ").append(random.nextInt(6) == 0
          ? pick(random, "{containerPort: 0}", "{name: Web, containerPort: 80}", "{containerPort: 80, protocol: tcp}", "{name: x}")
          : pick(random, "{containerPort: 80}", "{name: http, containerPort: 8080}", "{name: dns, containerPort: 53, protocol: UDP}"))
          .append('\n');
    }
    return sb.toString();
  }
}
