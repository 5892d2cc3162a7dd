package dev.kubeward.checks.rbac;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kubeward.core.model.ResourceRef;
import dev.kubeward.rbac.ObjectSource;
import dev.kubeward.rbac.PolicyRule;
import dev.kubeward.rbac.Role;
import dev.kubeward.rbac.RoleId;
import dev.kubeward.rbac.RuleSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The risky-grant checks skip a rule whose {@link Sketch} lacks what they need: on generated rules
 * (verbs, groups and resources the checks ask about, wildcards, subresources and others), every
 * rule skipped is one whose {@code grants} would have found nothing, for every check and reach.
 */
class SketchTest {

  private static final List<String> VERBS = List.of("get", "list", "watch", "create", "update", "patch", "delete",
      "deletecollection", "bind", "escalate", "impersonate", "approve", "sign", "use", "proxy", "*", "Get");
  private static final List<String> GROUPS = List.of("", "*", "apps", "batch", "rbac.authorization.k8s.io",
      "certificates.k8s.io", "admissionregistration.k8s.io", "apiregistration.k8s.io", "discovery.k8s.io",
      "events.k8s.io", "authentication.k8s.io", "example.com");
  private static final List<String> RESOURCES = List.of("*", "pods", "pods/exec", "pods/attach", "pods/portforward",
      "pods/proxy", "services/proxy", "nodes/proxy", "*/proxy", "*/exec", "*/status", "secrets", "deployments", "daemonsets",
      "statefulsets", "replicasets", "jobs", "cronjobs", "replicationcontrollers", "roles", "clusterroles", "rolebindings",
      "clusterrolebindings", "users", "groups", "serviceaccounts", "serviceaccounts/token", "uids", "userextras/scopes",
      "certificatesigningrequests", "certificatesigningrequests/approval", "certificatesigningrequests/status", "signers",
      "mutatingwebhookconfigurations", "validatingwebhookconfigurations", "validatingadmissionpolicies",
      "persistentvolumes", "events", "apiservices", "endpoints", "endpointslices", "namespaces", "configmaps", "nodes",
      "pods/ephemeralcontainers", "pods/log", "widgets", "secrets/", "/exec");

  @Test
  void aRuleSkippedGrantsNothing() {
    Random random = new Random(20261123);
    List<RiskyGrantCheck> checks = new RbacChecks().checks().stream()
        .filter(RiskyGrantCheck.class::isInstance).map(RiskyGrantCheck.class::cast).toList();
    int skipped = 0;
    int found = 0;
    for (int n = 0; n < 4000; n++) {
      List<PolicyRule> rules = new ArrayList<>();
      for (int i = 0, count = 1 + random.nextInt(3); i < count; i++) {
        rules.add(rule(random, i));
      }
      Role role = new Role(new RoleId(dev.kubeward.rbac.RoleKind.CLUSTER_ROLE, "", "r" + n), Map.of(), rules, rules,
          Optional.empty(), List.of(), new ObjectSource("f.yaml", 1, 1));
      PolicyRule rule = rules.get(0);
      long sketch = Sketch.of(rule);
      assertThat((sketch & Sketch.EVERYTHING) != 0).as("%s", rule).isEqualTo(rule.grantsEverything());
      for (RiskyGrantCheck c : checks) {
        if (Sketch.mayGrant(sketch, c.need())) {
          continue;
        }
        skipped++;
        for (Reach reach : List.of(new Reach(false, false), new Reach(false, true), new Reach(true, true))) {
          assertThat(c.grants(rule, role, reach)).as("%s of %s, %s", c.getClass().getSimpleName(), rule, reach).isEmpty();
        }
      }
      for (RiskyGrantCheck c : checks) {
        if (!c.grants(rule, role, new Reach(true, true)).isEmpty()) {
          found++;
        }
      }
    }
    // The generated rules exercise both sides: many pairs are skipped, and many rules are found.
    assertThat(skipped).isGreaterThan(10_000);
    assertThat(found).isGreaterThan(1_000);
  }

  @Test
  void everyCheckOfProbesStatesItsNeed() {
    List<String> unfiltered = new RbacChecks().checks().stream().filter(RiskyGrantCheck.class::isInstance)
        .map(RiskyGrantCheck.class::cast).filter(c -> c.need() == Sketch.ANY).map(c -> c.getClass().getSimpleName()).sorted()
        .toList();
    assertThat(unfiltered).containsExactly("Impersonation", "RoleGrantsEverything", "WildcardApiGroup", "WildcardResource",
        "WildcardVerb");
  }

  @Test
  void aProbeOfAVerbNotListedSkipsNoRuleOfThatVerb() {
    long need = Sketch.need(List.of(Access.Probe.of("policy", "podsecuritypolicies", List.of("use"), List.of())));
    PolicyRule use = new PolicyRule(List.of("use"), List.of("policy"), List.of("podsecuritypolicies"), List.of(), List.of(),
        new RuleSource(new ResourceRef("rbac.authorization.k8s.io/v1", "ClusterRole", Optional.empty(), "r"), 0, "f.yaml", 2, 3));

    assertThat(Sketch.mayGrant(Sketch.of(use), need)).isTrue();
  }

  private static PolicyRule rule(Random random, int index) {
    List<String> urls = random.nextInt(20) == 0 ? List.of("/healthz", "/api/*") : List.of();
    return new PolicyRule(pick(random, VERBS, 1 + random.nextInt(4)), urls.isEmpty() ? pick(random, GROUPS, 1 + random.nextInt(2)) : List.of(),
        urls.isEmpty() ? pick(random, RESOURCES, 1 + random.nextInt(3)) : List.of(),
        random.nextInt(4) == 0 ? List.of("a") : List.of(), urls,
        new RuleSource(new ResourceRef("rbac.authorization.k8s.io/v1", "ClusterRole", Optional.empty(), "r"), index, "f.yaml", 2, 3));
  }

  private static List<String> pick(Random random, List<String> from, int count) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String s = from.get(random.nextInt(from.size()));
      if (!out.contains(s)) {
        out.add(s);
      }
    }
    return out;
  }
}
