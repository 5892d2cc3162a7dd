package dev.kubeward.rbac;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kubeward.core.model.ResourceRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Seeded property tests of rule matching over generated rules and requests from small alphabets
 * (so that matches and near misses are both common): agreement with a reference written from
 * upstream's definitions in another shape, and the algebra the rest of the module relies on.
 */
class RuleMatchingPropertyTest {

  static final List<String> VERBS = List.of("get", "list", "watch", "create", "update", "delete", "impersonate", "*");
  static final List<String> GROUPS = List.of("", "apps", "rbac.authorization.k8s.io", "*");
  static final List<String> RESOURCES = List.of("pods", "deployments", "secrets", "pods/exec", "pods/log",
      "deployments/scale", "*/scale", "*/exec", "*", "pods/*");
  static final List<String> SUBS = List.of("", "", "exec", "log", "scale", "status");
  static final List<String> NAMES = List.of("", "a", "b");
  static final List<String> URLS = List.of("/healthz", "/healthz/*", "/api", "/api/*", "*", "/metrics", "/h*");
  static final List<String> PATHS = List.of("/healthz", "/healthz/ping", "/api", "/api/v1", "/metrics", "/h", "/");
  static final RuleSource SOURCE = new RuleSource(new ResourceRef("v1", "ClusterRole", Optional.empty(), "r"), 0, "t", 1, 1);

  static final int CASES = 20_000;

  @ParameterizedTest
  @ValueSource(longs = {1L, 42L, 20260601L})
  void agreesWithTheReference(long seed) {
    Random rnd = new Random(seed);
    for (int i = 0; i < CASES; i++) {
      PolicyRule rule = resourceRule(rnd);
      Request.ResourceRequest req = request(rnd);
      assertThat(rule.allows(req)).as("seed %d case %d: %s vs %s", seed, i, rule.describe(), req.describe())
          .isEqualTo(reference(rule, req));
      PolicyRule urlRule = new PolicyRule(some(rnd, VERBS), List.of(), List.of(), List.of(), some(rnd, URLS), SOURCE);
      Request.NonResourceRequest path = new Request.NonResourceRequest(pick(rnd, VERBS.subList(0, 7)), pick(rnd, PATHS));
      assertThat(urlRule.allows(path)).as("seed %d case %d: %s vs %s", seed, i, urlRule.describe(), path.describe())
          .isEqualTo(reference(urlRule, path));
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {7L, 99L})
  void wildcardsAndMoreEntriesOnlyWiden(long seed) {
    Random rnd = new Random(seed);
    for (int i = 0; i < CASES; i++) {
      PolicyRule rule = resourceRule(rnd);
      Request.ResourceRequest req = request(rnd);
      if (!rule.allows(req)) {
        continue;
      }
      List<PolicyRule> wider = List.of(
          with(rule, plus(rule.verbs(), pick(rnd, VERBS)), rule.apiGroups(), rule.resources(), rule.resourceNames()),
          with(rule, rule.verbs(), plus(rule.apiGroups(), pick(rnd, GROUPS)), rule.resources(), rule.resourceNames()),
          with(rule, rule.verbs(), rule.apiGroups(), plus(rule.resources(), pick(rnd, RESOURCES)), rule.resourceNames()),
          with(rule, rule.verbs(), rule.apiGroups(), rule.resources(), List.of()),
          with(rule, List.of("*"), List.of("*"), List.of("*"), List.of()));
      for (PolicyRule w : wider) {
        assertThat(w.allows(req)).as("seed %d: %s allows %s but %s does not", seed, rule.describe(), req.describe(), w.describe())
            .isTrue();
      }
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {3L, 1234L})
  void aRuleForAResourceNeverReachesItsSubresources(long seed) {
    Random rnd = new Random(seed);
    for (int i = 0; i < CASES; i++) {
      String resource = pick(rnd, List.of("pods", "deployments", "secrets"));
      PolicyRule rule = new PolicyRule(List.of("*"), List.of("*"), List.of(resource), List.of(), List.of(), SOURCE);
      String sub = pick(rnd, List.of("exec", "log", "scale", "status"));
      assertThat(rule.allows(new Request.ResourceRequest("get", "", resource, sub, "", "ns"))).isFalse();
      assertThat(rule.allows(new Request.ResourceRequest("get", "", resource, "", "", "ns"))).isTrue();
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {5L, 77L})
  void namedRulesNeverMatchUnnamedRequests(long seed) {
    Random rnd = new Random(seed);
    for (int i = 0; i < CASES; i++) {
      PolicyRule rule = resourceRule(rnd);
      if (rule.resourceNames().isEmpty()) {
        continue;
      }
      Request.ResourceRequest req = request(rnd);
      Request.ResourceRequest unnamed = new Request.ResourceRequest(req.verb(), req.apiGroup(), req.resource(),
          req.subresource(), "", req.namespace());
      assertThat(rule.allows(unnamed)).as("%s vs %s", rule.describe(), unnamed.describe()).isFalse();
    }
  }

  /** Upstream's definitions, written as set membership over the combined resource. */
  static boolean reference(PolicyRule rule, Request.ResourceRequest r) {
    boolean verb = rule.verbs().contains("*") || rule.verbs().contains(r.verb());
    boolean group = rule.apiGroups().contains("*") || rule.apiGroups().contains(r.apiGroup());
    String combined = r.subresource().isEmpty() ? r.resource() : r.resource() + "/" + r.subresource();
    boolean resource = rule.resources().contains("*") || rule.resources().contains(combined)
        || (!r.subresource().isEmpty() && rule.resources().contains("*/" + r.subresource()));
    boolean name = rule.resourceNames().isEmpty() || rule.resourceNames().contains(r.name());
    return verb && group && resource && name;
  }

  static boolean reference(PolicyRule rule, Request.NonResourceRequest n) {
    boolean verb = rule.verbs().contains("*") || rule.verbs().contains(n.verb());
    boolean url = false;
    for (String u : rule.nonResourceURLs()) {
      String prefix = u.replaceAll("\\*+$", "");
      url |= u.equals("*") || u.equals(n.path()) || (u.endsWith("*") && n.path().startsWith(prefix));
    }
    return verb && url;
  }

  static PolicyRule resourceRule(Random rnd) {
    List<String> resources = some(rnd, RESOURCES);
    List<String> names = resources.size() == 1 && rnd.nextInt(3) == 0 ? some(rnd, NAMES.subList(1, 3)) : List.of();
    return new PolicyRule(some(rnd, VERBS), some(rnd, GROUPS), resources, names, List.of(), SOURCE);
  }

  static Request.ResourceRequest request(Random rnd) {
    String resource = pick(rnd, List.of("pods", "deployments", "secrets"));
    return new Request.ResourceRequest(pick(rnd, VERBS.subList(0, 7)), pick(rnd, GROUPS.subList(0, 3)), resource,
        pick(rnd, SUBS), pick(rnd, NAMES), "ns");
  }

  static PolicyRule with(PolicyRule r, List<String> verbs, List<String> groups, List<String> resources, List<String> names) {
    return new PolicyRule(verbs, groups, resources, names, List.of(), SOURCE);
  }

  static List<String> plus(List<String> l, String x) {
    List<String> out = new ArrayList<>(l);
    out.add(x);
    return out;
  }

  static List<String> some(Random rnd, List<String> from) {
    int n = 1 + rnd.nextInt(2);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(pick(rnd, from));
    }
    return out;
  }

  static String pick(Random rnd, List<String> from) {
    return from.get(rnd.nextInt(from.size()));
  }
}
