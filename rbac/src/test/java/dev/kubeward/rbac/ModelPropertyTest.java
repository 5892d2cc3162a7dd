package dev.kubeward.rbac;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Seeded property tests over generated RBAC objects: the indexed queries (who-can, authorize)
 * agree with a brute-force reading of every binding written from upstream's authorizer and
 * subject locator.
 */
class ModelPropertyTest {

  static final List<String> NAMESPACES = List.of("a", "b");
  static final List<String> SUBJECTS = List.of(
      "{kind: User, name: u1}", "{kind: User, name: u2}", "{kind: Group, name: g1}",
      "{kind: Group, name: \"system:authenticated\"}", "{kind: Group, name: \"system:serviceaccounts:a\"}",
      "{kind: ServiceAccount, name: s1, namespace: a}", "{kind: ServiceAccount, name: s1, namespace: b}",
      "{kind: User, name: \"system:serviceaccount:b:s1\"}");
  static final List<String> RB_ONLY_SUBJECTS = List.of("{kind: ServiceAccount, name: s1}");
  static final List<Identity> IDENTITIES = List.of(
      Identity.user("u1"), Identity.user("u2", List.of("g1")), Identity.serviceAccount("a", "s1"),
      Identity.serviceAccount("b", "s1"), Identity.anonymous(), Identity.groupMember("g1"));

  @ParameterizedTest
  @ValueSource(longs = {1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L})
  void indexedQueriesAgreeWithABruteForceReading(long seed) {
    Random rnd = new Random(seed);
    String yaml = generate(rnd);
    RbacModel m = Models.of(yaml);
    assertThat(m.problems()).as(yaml).isEmpty();
    for (int i = 0; i < 300; i++) {
      Request.ResourceRequest r = RuleMatchingPropertyTest.request(rnd);
      String ns = rnd.nextInt(4) == 0 ? "" : NAMESPACES.get(rnd.nextInt(2));
      Request.ResourceRequest inNs = r.inNamespace(ns);
      for (Identity id : IDENTITIES) {
        assertThat(m.authorize(id, inNs).allowed()).as("seed %d: %s %s\n%s", seed, id.display(), inNs.describe(), yaml)
            .isEqualTo(bruteAllows(m, id, inNs));
      }
      Set<String> expected = bruteWhoCan(m, inNs, ns);
      Set<String> actual = new TreeSet<>();
      // pods, deployments and secrets are namespaced: -n NS asks about NS, no -n about anywhere
      for (SubjectAccess a : m.whoCan(r, ns.isEmpty() ? Optional.empty() : Optional.of(ns))) {
        actual.add(a.subject().display());
      }
      assertThat(actual).as("seed %d: who can %s\n%s", seed, inNs.describe(), yaml).isEqualTo(expected);
    }
  }

  /** upstream's VisitRulesFor + appliesTo, over every binding, with no index. */
  static boolean bruteAllows(RbacModel m, Identity id, Request.ResourceRequest r) {
    if (id.inGroup("system:masters")) {
      return true;
    }
    for (Binding b : m.bindings()) {
      if (!b.isClusterRoleBinding() && !b.namespace().equals(r.namespace())) {
        continue;
      }
      boolean applies = b.subjects().stream().anyMatch(s -> switch (s.kind()) {
        case USER -> s.name().equals(id.user());
        case GROUP -> id.groups().contains(s.name());
        case SERVICE_ACCOUNT -> ("system:serviceaccount:" + s.namespace().orElseThrow() + ":" + s.name()).equals(id.user());
      });
      if (applies && m.roleOf(b).map(role -> role.rules().stream().anyMatch(rule -> rule.allows(r))).orElse(false)) {
        return true;
      }
    }
    return false;
  }

  /** upstream's subject locator, anywhere when {@code ns} is empty. */
  static Set<String> bruteWhoCan(RbacModel m, Request.ResourceRequest r, String ns) {
    Set<String> out = new TreeSet<>(Set.of("Group system:masters"));
    for (Binding b : m.bindings()) {
      if (!b.isClusterRoleBinding() && !ns.isEmpty() && !b.namespace().equals(ns)) {
        continue;
      }
      if (m.roleOf(b).map(role -> role.rules().stream().anyMatch(rule -> rule.allows(r))).orElse(false)) {
        b.subjects().forEach(s -> out.add(s.display()));
      }
    }
    return out;
  }

  static String generate(Random rnd) {
    StringBuilder y = new StringBuilder();
    List<String> clusterRoles = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      String name = "cr" + i;
      clusterRoles.add(name);
      doc(y, "ClusterRole", "", name, rules(rnd));
    }
    for (String ns : NAMESPACES) {
      doc(y, "Role", ns, "r", rules(rnd));
    }
    for (int i = 0; i < 6; i++) {
      boolean cluster = rnd.nextBoolean();
      String ns = NAMESPACES.get(rnd.nextInt(2));
      String ref = cluster || rnd.nextBoolean()
          ? "{apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: " + clusterRoles.get(rnd.nextInt(4)) + "}"
          : "{apiGroup: rbac.authorization.k8s.io, kind: Role, name: r}";
      StringBuilder subjects = new StringBuilder("subjects:\n");
      int n = 1 + rnd.nextInt(3);
      for (int s = 0; s < n; s++) {
        List<String> pool = cluster || rnd.nextInt(4) > 0 ? SUBJECTS : RB_ONLY_SUBJECTS;
        subjects.append("- ").append(pool.get(rnd.nextInt(pool.size()))).append('\n');
      }
      doc(y, cluster ? "ClusterRoleBinding" : "RoleBinding", cluster ? "" : ns, "b" + i, "roleRef: " + ref + "\n" + subjects);
    }
    return y.toString();
  }

  static String rules(Random rnd) {
    StringBuilder sb = new StringBuilder("rules:\n");
    int n = 1 + rnd.nextInt(2);
    for (int i = 0; i < n; i++) {
      PolicyRule r = RuleMatchingPropertyTest.resourceRule(rnd);
      sb.append("- verbs: ").append(flow(r.verbs())).append("\n  apiGroups: ").append(flow(r.apiGroups()))
          .append("\n  resources: ").append(flow(r.resources()));
      if (!r.resourceNames().isEmpty()) {
        sb.append("\n  resourceNames: ").append(flow(r.resourceNames()));
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  static String flow(List<String> l) {
    return "[" + String.join(", ", l.stream().map(s -> "\"" + s + "\"").toList()) + "]";
  }

  static void doc(StringBuilder y, String kind, String ns, String name, String body) {
    y.append("apiVersion: rbac.authorization.k8s.io/v1\nkind: ").append(kind).append("\nmetadata:\n  name: ").append(name).append('\n');
    if (!ns.isEmpty()) {
      y.append("  namespace: ").append(ns).append('\n');
    }
    y.append(body).append("---\n");
  }
}
