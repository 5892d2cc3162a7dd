package dev.kubeward.rbac;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kubeward.rbac.query.Permissions;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Merged and minimised permissions mean what the grants mean: over generated models and
 * requests, a request is allowed by the effective rules of its scope (or the cluster-wide ones)
 * exactly when the authorizer allows it; and minimising never keeps a grant another one covers.
 */
class PermissionsPropertyTest {

  @ParameterizedTest
  @ValueSource(longs = {11L, 12L, 13L, 14L, 15L, 16L})
  void effectiveRulesAllowExactlyWhatTheAuthorizerAllows(long seed) {
    Random rnd = new Random(seed);
    String yaml = ModelPropertyTest.generate(rnd);
    RbacModel m = Models.of(yaml);
    for (Identity id : ModelPropertyTest.IDENTITIES) {
      Subject subject = id.user().isEmpty() ? Subject.group(id.groups().iterator().next()) : Subject.user(id.user());
      Permissions p = Permissions.of(m, subject, id);
      for (int i = 0; i < 400; i++) {
        Request.ResourceRequest r = RuleMatchingPropertyTest.request(rnd)
            .inNamespace(rnd.nextInt(4) == 0 ? "" : ModelPropertyTest.NAMESPACES.get(rnd.nextInt(2)));
        assertThat(allows(p, r)).as("seed %d, %s, %s\n%s", seed, id.display(), r.describe(), yaml)
            .isEqualTo(m.authorize(id, r).allowed());
      }
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {21L, 22L, 23L})
  void noRuleKeptIsCoveredByAnotherOfItsScopeOrTheCluster(long seed) {
    Random rnd = new Random(seed);
    RbacModel m = Models.of(ModelPropertyTest.generate(rnd));
    for (Identity id : ModelPropertyTest.IDENTITIES) {
      Permissions p = Permissions.of(m, Subject.user("x"), id);
      List<Permissions.EffectiveRule> cluster = p.scopes().stream().filter(s -> s.scope().isCluster())
          .flatMap(s -> s.rules().stream()).toList();
      for (Permissions.ScopeRules s : p.scopes()) {
        for (Permissions.EffectiveRule r : s.rules()) {
          for (String atom : atoms(r)) {
            String[] a = atom.split("\\|", -1);
            Request.ResourceRequest req = new Request.ResourceRequest(a[0], a[1], a[2], "", a[3], s.scope().namespace());
            long coverers = s.rules().stream().filter(o -> o != r && allows(o, req) && !atoms(o).contains(atom)).count();
            if (!a[2].equals("*") && !a[0].equals("*") && !a[1].equals("*") && a[2].indexOf('/') < 0 && !a[3].isEmpty()) {
              assertThat(coverers).as("%s covered within its scope", atom).isZero();
            }
            if (!s.scope().isCluster()) {
              assertThat(cluster.stream().anyMatch(c -> allowsAtom(c, a))).as("%s covered cluster-wide", atom).isFalse();
            }
          }
        }
      }
    }
  }

  static boolean allows(Permissions p, Request.ResourceRequest r) {
    for (Permissions.ScopeRules s : p.scopes()) {
      if (s.scope().covers(r.namespace())) {
        for (Permissions.EffectiveRule e : s.rules()) {
          if (allows(e, r)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  static boolean allows(Permissions.EffectiveRule e, Request.ResourceRequest r) {
    return new PolicyRule(e.verbs(), e.apiGroups(), e.resources(), e.resourceNames(), e.nonResourceURLs(),
        e.via().get(0).rule().source()).allows(r);
  }

  /** Whether a rule covers an atom (verb, group, resource, name; empty name for all names), wildcards included. */
  static boolean allowsAtom(Permissions.EffectiveRule e, String[] a) {
    boolean verb = e.verbs().contains("*") || e.verbs().contains(a[0]);
    boolean group = e.apiGroups().contains("*") || e.apiGroups().contains(a[1]);
    boolean resource = e.resources().contains("*") || e.resources().contains(a[2])
        || (a[2].indexOf('/') > 0 && e.resources().contains("*" + a[2].substring(a[2].indexOf('/'))));
    boolean name = e.resourceNames().isEmpty() || (!a[3].isEmpty() && e.resourceNames().contains(a[3]));
    return verb && group && resource && name;
  }

  static List<String> atoms(Permissions.EffectiveRule r) {
    List<String> out = new java.util.ArrayList<>();
    for (String v : r.verbs()) {
      for (String g : r.apiGroups()) {
        for (String res : r.resources()) {
          if (r.resourceNames().isEmpty()) {
            out.add(v + "|" + g + "|" + res + "|");
          } else {
            r.resourceNames().forEach(n -> out.add(v + "|" + g + "|" + res + "|" + n));
          }
        }
      }
    }
    return out;
  }
}
