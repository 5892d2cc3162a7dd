package dev.kubeward.checks.rbac;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kubeward.core.model.Field;
import dev.kubeward.core.model.ManifestReader;
import dev.kubeward.core.model.Resource;
import dev.kubeward.core.source.SourceFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The places a binding's and a role's digest keep are those of the tree's fields: each subject
 * once, at its first entry (for few subjects and many, with and without repeats), and each rule
 * and its lists where {@code Place.of} of the field would put them.
 */
class RbacObjectTest {

  @Test
  void eachSubjectOnceAtItsFirstEntry() {
    Random random = new Random(811);
    for (int n = 0; n < 300; n++) {
      int count = 1 + random.nextInt(30);
      StringBuilder yaml = new StringBuilder("""
          apiVersion: rbac.authorization.k8s.io/v1
          kind: RoleBinding
          metadata: {name: b, namespace: shop}
          roleRef: {apiGroup: rbac.authorization.k8s.io, kind: Role, name: r}
          subjects:
          """);
      List<String> keys = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        String name = "s" + random.nextInt(count + 3);
        switch (random.nextInt(3)) {
          case 0 -> {
            yaml.append("- {kind: ServiceAccount, name: ").append(name).append(", namespace: shop}\n");
            keys.add("ServiceAccount shop/" + name);
          }
          case 1 -> {
            yaml.append("- {kind: User, apiGroup: rbac.authorization.k8s.io, name: ").append(name).append("}\n");
            keys.add("User " + name);
          }
          default -> {
            yaml.append("- kind: Group\n  apiGroup: rbac.authorization.k8s.io\n  name: ").append(name).append('\n');
            keys.add("Group " + name);
          }
        }
      }
      Resource r = parse(yaml.toString());
      RbacObject.BindingPlaces places = (RbacObject.BindingPlaces) RbacObject.read(r).places();
      List<Field> items = r.root().get("subjects").orElseThrow().items();
      List<String> expected = new ArrayList<>();
      List<String> got = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        if (keys.indexOf(keys.get(i)) == i) {
          expected.add(keys.get(i) + " at " + RbacObject.Place.of(items.get(i)).anchor());
        }
      }
      for (RbacObject.Entry e : places.entries()) {
        got.add(e.subject().display() + " at " + e.at().anchor());
      }
      assertThat(got).as(yaml.toString()).isEqualTo(expected);
    }
  }

  @Test
  void rulePlacesAreThoseOfTheFields() {
    Resource r = parse("""
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRole
        metadata: {name: r}
        rules:
        - apiGroups: [""]
          resources: [pods]
          verbs: [get]
        - {verbs: ["*"], nonResourceURLs: ["/healthz"], apiGroups: null}
        - verbs: [list]
          apiGroups: [apps]
          resources: ["*"]
        """);
    RbacObject.RolePlaces places = (RbacObject.RolePlaces) RbacObject.read(r).places();
    List<Field> rules = r.root().get("rules").orElseThrow().items();
    assertThat(places.ruleCount()).isEqualTo(rules.size());
    for (int i = 0; i < rules.size(); i++) {
      Field rule = rules.get(i);
      RbacObject.RulePlaces p = places.rule(i);
      assertThat(p.rule().anchor()).isEqualTo(RbacObject.Place.of(rule).anchor());
      assertThat(p.verbs().anchor()).isEqualTo(RbacObject.Place.of(rule.nearest("verbs")).anchor());
      assertThat(p.resources().anchor()).isEqualTo(RbacObject.Place.of(rule.nearest("resources")).anchor());
      assertThat(p.apiGroups().anchor()).isEqualTo(RbacObject.Place.of(rule.nearest("apiGroups")).anchor());
    }
    assertThat(places.rule(1).resources().anchor().path()).isEqualTo("rules[1]");
    assertThat(places.rule(2).verbs().anchor().path()).isEqualTo("rules[2].verbs");
  }

  private static Resource parse(String yaml) {
    return new ManifestReader().parse(new SourceFile("rbac.yaml", Optional.empty()), yaml).resources().get(0);
  }
}
