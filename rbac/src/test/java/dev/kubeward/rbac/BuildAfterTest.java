package dev.kubeward.rbac;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * {@link RbacModelBuilder#buildAfter}: on generated inputs, the model that shares the built
 * model's indexes answers every question as the model built from scratch does.
 */
class BuildAfterTest {

  private static final List<String> NAMESPACES = List.of("a", "b", "c");

  private static String doc(String kind, String ns, String name, String body) {
    return "---\napiVersion: " + (kind.equals("ServiceAccount") || kind.equals("Pod") ? "v1" : "rbac.authorization.k8s.io/v1")
        + "\nkind: " + kind + "\nmetadata:\n  name: " + name + (ns.isEmpty() ? "" : "\n  namespace: " + ns) + "\n" + body + "\n";
  }

  private static String generate(SplittableRandom rnd) {
    StringBuilder y = new StringBuilder();
    List<String> roles = new ArrayList<>(List.of("view", "edit", "absent"));
    for (int i = rnd.nextInt(6); i > 0; i--) {
      String name = rnd.nextInt(4) == 0 ? "view" : "cr" + i; // some redefine a default ClusterRole
      String label = rnd.nextBoolean() ? "\n  labels: {rbac.authorization.k8s.io/aggregate-to-view: \"true\"}" : "";
      y.append(doc("ClusterRole", "", name + label, "rules: [{apiGroups: [\"\"], resources: [pods], verbs: [get]}]"));
      roles.add(name);
    }
    for (int i = rnd.nextInt(4); i > 0; i--) {
      y.append(doc("Role", NAMESPACES.get(rnd.nextInt(3)), "r" + i, "rules: [{apiGroups: [\"\"], resources: [secrets], verbs: [get]}]"));
    }
    for (int i = rnd.nextInt(8); i > 0; i--) {
      boolean cluster = rnd.nextBoolean();
      String subject = switch (rnd.nextInt(4)) {
        case 0 -> "{kind: User, name: u" + rnd.nextInt(3) + "}";
        case 1 -> "{kind: Group, name: g" + rnd.nextInt(2) + "}";
        case 2 -> "{kind: Group, name: \"system:serviceaccounts\"}";
        default -> "{kind: ServiceAccount, name: s" + rnd.nextInt(3) + ", namespace: " + NAMESPACES.get(rnd.nextInt(3)) + "}";
      };
      y.append(doc(cluster ? "ClusterRoleBinding" : "RoleBinding", cluster ? "" : NAMESPACES.get(rnd.nextInt(3)), "b" + i,
          "roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: " + roles.get(rnd.nextInt(roles.size()))
              + "}\nsubjects: [" + subject + "]"));
    }
    for (int i = rnd.nextInt(3); i > 0; i--) {
      y.append(doc("ServiceAccount", rnd.nextBoolean() ? "" : NAMESPACES.get(rnd.nextInt(3)), "s" + i, ""));
      y.append(doc("Pod", NAMESPACES.get(rnd.nextInt(3)), "p" + i, "spec: {serviceAccountName: w" + i
          + ", containers: [{name: c, image: x}]}"));
    }
    return y.toString();
  }

  /** Grants by value: RoleGrant compares the model objects it holds by identity, and each model resolves its own roles. */
  private static List<List<Object>> values(List<RoleGrant> grants) {
    return grants.stream().map(g -> List.<Object>of(g.binding(), g.subject(), g.role())).toList();
  }

  @Test
  void sharedIndexesAnswerAsAModelBuiltAnew() {
    RbacModelBuilder defaults = RbacModel.builder();
    BootstrapPolicy.resources().stream().filter(r -> r.kind().equals("ClusterRole")).forEach(defaults::add);
    int shared = 0;
    for (int seed = 1; seed <= 200; seed++) {
      String yaml = generate(new SplittableRandom(seed));
      RbacModelBuilder read = Models.builder(yaml);
      RbacModel own = read.build();
      if (seed % 10 == 0) {
        Models.resources(doc("ServiceAccount", "late", "x", "")).forEach(read::add); // changed since: built anew
      }
      RbacModel after = read.buildAfter(defaults);
      RbacModel anew = RbacModel.builder().addFrom(defaults).addFrom(read).build();
      // The same list (not an equal one) when shared; an empty one is the same list either way.
      shared += after.bindings() == own.bindings() && !own.bindings().isEmpty() ? 1 : 0;
      assertThat(after.bindings() == own.bindings()).as("seed %d", seed).isEqualTo(seed % 10 != 0 || own.bindings().isEmpty());
      String at = "seed " + seed + "\n" + yaml;
      assertThat(after.roles()).as(at).isEqualTo(anew.roles());
      assertThat(after.bindings()).as(at).isEqualTo(anew.bindings());
      assertThat(after.subjects()).as(at).isEqualTo(anew.subjects());
      assertThat(after.namespaces()).as(at).isEqualTo(anew.namespaces());
      assertThat(after.serviceAccounts()).as(at).isEqualTo(anew.serviceAccounts());
      assertThat(after.workloads()).as(at).isEqualTo(anew.workloads());
      assertThat(after.problems()).as(at).isEqualTo(anew.problems());
      TreeSet<Subject> identities = new TreeSet<>(anew.subjects());
      for (String ns : anew.namespaces()) {
        assertThat(after.serviceAccountNames(ns)).as(at).isEqualTo(anew.serviceAccountNames(ns));
        anew.serviceAccountNames(ns).forEach(sa -> identities.add(Subject.serviceAccount(ns, sa)));
      }
      for (Subject s : identities) {
        assertThat(values(after.roleGrantsTo(s.identity()))).as(at).isEqualTo(values(anew.roleGrantsTo(s.identity())));
        assertThat(after.holdsRoleGrants(s)).as(at).isEqualTo(anew.holdsRoleGrants(s));
        assertThat(after.bindingsNaming(s)).as(at).isEqualTo(anew.bindingsNaming(s));
      }
      for (Role r : anew.roles()) {
        assertThat(after.bindingsOf(r.id())).as(at).isEqualTo(anew.bindingsOf(r.id()));
        assertThat(after.role(r.id())).as(at).isEqualTo(anew.role(r.id()));
      }
    }
    assertThat(shared).isGreaterThan(120);
  }
}
