package dev.kubeward.rbac;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kubeward.core.model.ManifestReader;
import dev.kubeward.core.source.SourceFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * {@link RbacModel#holdsRoleGrants}, which looks service accounts up by namespace and name without
 * spelling their user names, agrees with {@link RbacModel#roleGrantsTo} on generated bindings whose
 * users are named as service accounts and whose namespaces and names hold colons (so that
 * {@code system:serviceaccount:a:b:c} is the user name of two accounts), to roles present or absent.
 */
class HoldsRoleGrantsPropertyTest {

  private static final List<String> PARTS = List.of("a", "b", "a:b", "b:c", "c", "default");

  @Test
  void agreesWithTheGrantsOfEveryIdentity() {
    int held = 0;
    int notHeld = 0;
    for (long seed = 1; seed <= 200; seed++) {
      Random rnd = new Random(seed);
      List<Subject> named = new ArrayList<>();
      String yaml = generate(rnd, named);
      ManifestReader.FileResult read = new ManifestReader().parse(new SourceFile("g.yaml", Optional.empty()), yaml);
      RbacModel model = RbacModel.of(read.resources());
      Set<Subject> asked = new TreeSet<>(named);
      for (String ns : PARTS) {
        for (String name : PARTS) {
          asked.add(Subject.serviceAccount(ns, name));
          asked.add(Subject.user(ServiceAccounts.userName(ns, name)));
        }
        asked.add(Subject.user(ns));
        asked.add(Subject.group(ns));
      }
      asked.add(Subject.user(ServiceAccounts.USER_PREFIX + "a"));
      for (Subject s : asked) {
        assertThat(model.roleGrantsTo(s.identity()).stream().map(g -> g.binding().name() + " by " + g.subject().display()).toList())
            .as("seed %d, grants to %s\n%s", seed, s, yaml).isEqualTo(bruteGrants(model, s.identity()));
        boolean expected = !model.roleGrantsTo(s.identity()).isEmpty();
        assertThat(model.holdsRoleGrants(s)).as("seed %d, %s\n%s", seed, s, yaml).isEqualTo(expected);
        held += expected ? 1 : 0;
        notHeld += expected ? 0 : 1;
      }
    }
    // Both answers are met often.
    assertThat(held).isGreaterThan(500);
    assertThat(notHeld).isGreaterThan(500);
  }

  /** Every binding whose role exists and some subject of which applies, ClusterRoleBindings first, with its first such subject. */
  private static List<String> bruteGrants(RbacModel model, Identity id) {
    List<String> cluster = new ArrayList<>();
    List<String> namespaced = new ArrayList<>();
    for (Binding b : model.bindings()) {
      if (model.roleOf(b).isEmpty()) {
        continue;
      }
      for (Subject s : b.subjects()) {
        boolean applies = s.kind() == Subject.Kind.GROUP ? id.groups().contains(s.name()) : s.userName().orElse("").equals(id.user());
        if (applies) {
          (b.isClusterRoleBinding() ? cluster : namespaced).add(b.name() + " by " + s.display());
          break;
        }
      }
    }
    cluster.addAll(namespaced);
    return cluster;
  }

  private static String generate(Random rnd, List<Subject> named) {
    StringBuilder y = new StringBuilder();
    y.append("apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata: {name: present}\n"
        + "rules: [{apiGroups: [\"\"], resources: [pods], verbs: [get]}]\n---\n");
    int bindings = 1 + rnd.nextInt(5);
    for (int i = 0; i < bindings; i++) {
      List<String> subjects = new ArrayList<>();
      for (int s = 1 + rnd.nextInt(3); s > 0; s--) {
        String ns = PARTS.get(rnd.nextInt(PARTS.size()));
        String name = PARTS.get(rnd.nextInt(PARTS.size()));
        switch (rnd.nextInt(4)) {
          case 0 -> {
            subjects.add("{kind: ServiceAccount, name: \"" + name + "\", namespace: \"" + ns + "\"}");
            named.add(Subject.serviceAccount(ns, name));
          }
          case 1 -> {
            String user = ServiceAccounts.userName(ns, name);
            subjects.add("{kind: User, name: \"" + user + "\"}");
            named.add(Subject.user(user));
          }
          case 2 -> {
            subjects.add("{kind: User, name: \"" + name + "\"}");
            named.add(Subject.user(name));
          }
          default -> {
            String group = rnd.nextInt(6) == 0 ? ServiceAccounts.GROUP_PREFIX + ns : name;
            subjects.add("{kind: Group, name: \"" + group + "\"}");
            named.add(Subject.group(group));
          }
        }
      }
      String role = rnd.nextInt(3) == 0 ? "absent" : "present";
      String kind = rnd.nextBoolean() ? "ClusterRoleBinding" : "RoleBinding";
      String ns = kind.equals("RoleBinding") ? ", namespace: a" : "";
      y.append("apiVersion: rbac.authorization.k8s.io/v1\nkind: " + kind + "\nmetadata: {name: b" + i + ns + "}\n"
          + "roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: " + role + "}\n"
          + "subjects: [" + String.join(", ", subjects) + "]\n---\n");
    }
    return y.toString();
  }
}
