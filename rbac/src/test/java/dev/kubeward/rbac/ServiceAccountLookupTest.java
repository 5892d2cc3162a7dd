package dev.kubeward.rbac;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kubeward.core.model.ManifestReader;
import dev.kubeward.core.source.SourceFile;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link RbacModel#serviceAccount}, which looks accounts up by namespace and then name, answers as
 * a map keyed by {@code namespace/name} does, the last object of a key standing: on generated
 * ServiceAccounts whose namespaces and names hold slashes ("a/b" and "c" share a key with "a" and "b/c").
 */
class ServiceAccountLookupTest {

  private static final List<String> PARTS = List.of("a", "b", "a/b", "b/c", "c");

  @Test
  void answersAsTheKeyOfNamespaceAndName() {
    int found = 0;
    for (long seed = 1; seed <= 100; seed++) {
      Random rnd = new Random(seed);
      StringBuilder yaml = new StringBuilder();
      Map<String, String> reference = new HashMap<>();
      for (int i = 0, n = 1 + rnd.nextInt(8); i < n; i++) {
        String ns = PARTS.get(rnd.nextInt(PARTS.size()));
        String name = PARTS.get(rnd.nextInt(PARTS.size()));
        String automount = rnd.nextBoolean() ? "true" : "false";
        yaml.append("apiVersion: v1\nkind: ServiceAccount\nmetadata: {name: \"").append(name).append("\", namespace: \"")
            .append(ns).append("\"}\nautomountServiceAccountToken: ").append(automount).append("\n---\n");
        reference.put(ns + "/" + name, ns + "|" + name + "|" + automount);
      }
      ManifestReader.FileResult read = new ManifestReader().parse(new SourceFile("g.yaml", Optional.empty()), yaml.toString());
      RbacModel model = RbacModel.of(read.resources());
      for (String ns : PARTS) {
        for (String name : PARTS) {
          Optional<String> got = model.serviceAccount(ns, name)
              .map(a -> a.namespace() + "|" + a.name() + "|" + a.automountToken().orElseThrow());
          assertThat(got).as("seed %d, %s %s\n%s", seed, ns, name, yaml).isEqualTo(Optional.ofNullable(reference.get(ns + "/" + name)));
          found += got.isPresent() ? 1 : 0;
        }
      }
    }
    assertThat(found).isGreaterThan(300);
  }
}
