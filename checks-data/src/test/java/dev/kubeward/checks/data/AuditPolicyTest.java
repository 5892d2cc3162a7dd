package dev.kubeward.checks.data;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kubeward.core.model.ManifestReader;
import dev.kubeward.core.source.SourceFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The audit policy evaluation against upstream's matching rules, and the subject search against brute force. */
class AuditPolicyTest {

  private static AuditPolicy policy(String yaml) {
    var result = new ManifestReader().parse(SourceFile.of(Path.of("policy.yaml"), Path.of(".")), yaml);
    return AuditPolicy.of(result.resources().get(0)).orElseThrow();
  }

  private static AuditPolicy.Request get(String group, String resource, String sub, String ns, String name) {
    return AuditPolicy.Request.resource("get", ns, group, resource, sub, name);
  }

  private static boolean matches(String rule, AuditPolicy.Request r) {
    var p = policy("apiVersion: audit.k8s.io/v1\nkind: Policy\nrules:\n- level: Metadata\n" + rule.indent(2));
    return p.rules().get(0).matches(r, "alice", Set.of(AuditPolicy.AUTHENTICATED));
  }

  @Test
  void resourcesMatchAsUpstreamsChecker() {
    String star = "resources: [{group: '', resources: ['*']}]";
    assertThat(matches(star, get("", "pods", "exec", "a", "p"))).as("* matches subresources").isTrue();
    assertThat(matches(star, get("apps", "deployments", "", "a", "d"))).as("group is exact").isFalse();
    String starSub = "resources: [{group: '', resources: ['*/exec']}]";
    assertThat(matches(starSub, get("", "pods", "exec", "a", "p"))).isTrue();
    assertThat(matches(starSub, get("", "pods", "", "a", "p"))).isFalse();
    String resStar = "resources: [{group: '', resources: ['pods/*']}]";
    assertThat(matches(resStar, get("", "pods", "", "a", "p"))).as("pods/* matches pods itself").isTrue();
    assertThat(matches(resStar, get("", "pods", "log", "a", "p"))).isTrue();
    String plain = "resources: [{group: '', resources: ['pods']}]";
    assertThat(matches(plain, get("", "pods", "exec", "a", "p"))).as("pods does not match pods/exec").isFalse();
    String named = "resources: [{group: '', resources: ['configmaps'], resourceNames: ['cfg']}]";
    assertThat(matches(named, get("", "configmaps", "", "a", "cfg"))).isTrue();
    assertThat(matches(named, get("", "configmaps", "", "a", "other"))).isFalse();
    String groupOnly = "resources: [{group: apps}]";
    assertThat(matches(groupOnly, get("apps", "deployments", "scale", "a", "d"))).isTrue();
  }

  @Test
  void namespacesVerbsAndUrlsMatchAsUpstreamsChecker() {
    assertThat(matches("namespaces: ['']", get("", "nodes", "", "", "n"))).as("cluster-scoped is the empty namespace").isTrue();
    assertThat(matches("namespaces: [kube-system]", AuditPolicy.Request.nonResource("get", "/healthz"))).isFalse();
    assertThat(matches("verbs: ['*']", get("", "pods", "", "a", "p"))).as("no verb wildcard").isFalse();
    assertThat(matches("nonResourceURLs: ['/healthz*']", AuditPolicy.Request.nonResource("get", "/healthz/etcd"))).isTrue();
    assertThat(matches("nonResourceURLs: ['/healthz']", AuditPolicy.Request.nonResource("get", "/healthz/etcd"))).isFalse();
    assertThat(matches("nonResourceURLs: ['*']", get("", "pods", "", "a", "p"))).as("URLs never match resource requests").isFalse();
    assertThat(matches("userGroups: [ops]", get("", "pods", "", "a", "p"))).isFalse();
  }

  /**
   * For random policies over a small vocabulary, the rules the search says some subject reaches
   * are exactly those that evaluating every subject of that vocabulary reaches (seeded, so a
   * failure reproduces).
   */
  @Test
  void subjectSearchAgreesWithBruteForce() {
    Random random = new Random(20260101L);
    List<String> users = List.of("alice", "bob");
    List<String> groups = List.of("g1", "g2", AuditPolicy.AUTHENTICATED, AuditPolicy.UNAUTHENTICATED);
    List<String> verbs = List.of("get", "create");
    for (int n = 0; n < 500; n++) {
      StringBuilder yaml = new StringBuilder("apiVersion: audit.k8s.io/v1\nkind: Policy\nrules:\n");
      int count = 1 + random.nextInt(5);
      for (int i = 0; i < count; i++) {
        yaml.append("- level: ").append(AuditPolicy.LEVELS.get(random.nextInt(4))).append('\n');
        if (random.nextBoolean()) {
          yaml.append("  users: ").append(subset(random, users)).append('\n');
        }
        if (random.nextBoolean()) {
          yaml.append("  userGroups: ").append(subset(random, groups)).append('\n');
        }
        if (random.nextInt(3) == 0) {
          yaml.append("  verbs: ").append(subset(random, verbs)).append('\n');
        }
      }
      AuditPolicy p = policy(yaml.toString());
      for (String verb : verbs) {
        var request = AuditPolicy.Request.resource(verb, "ns", "", "pods", "", "p");
        Set<Integer> searched = new TreeSet<>();
        p.hits(request).forEach(h -> searched.add(h.rule().map(AuditPolicy.Rule::index).orElse(-1)));
        assertThat(searched).as("policy\n%s\nverb %s", yaml, verb).isEqualTo(bruteForce(p, request));
        p.hits(request).forEach(h -> assertThat(firstMatch(p, request, h.subject().user(), h.subject().groups()))
            .as("witness %s of policy\n%s", h.subject(), yaml).isEqualTo(h.rule().map(AuditPolicy.Rule::index).orElse(-1)));
      }
    }
  }

  private static String subset(Random random, List<String> of) {
    List<String> out = new ArrayList<>();
    for (String s : of) {
      if (random.nextBoolean()) {
        out.add("'" + s + "'");
      }
    }
    if (out.isEmpty()) {
      out.add("'" + of.get(random.nextInt(of.size())) + "'");
    }
    return out.toString();
  }

  private static Set<Integer> bruteForce(AuditPolicy p, AuditPolicy.Request r) {
    Set<Integer> out = new TreeSet<>();
    for (String user : List.of("alice", "bob", "carol")) {
      for (String base : List.of(AuditPolicy.AUTHENTICATED, AuditPolicy.UNAUTHENTICATED)) {
        for (int mask = 0; mask < 4; mask++) {
          Set<String> groups = new HashSet<>(Set.of(base));
          if ((mask & 1) != 0) {
            groups.add("g1");
          }
          if ((mask & 2) != 0) {
            groups.add("g2");
          }
          out.add(firstMatch(p, r, user, groups));
        }
      }
    }
    return out;
  }

  private static int firstMatch(AuditPolicy p, AuditPolicy.Request r, String user, Set<String> groups) {
    Optional<AuditPolicy.Rule> first = p.rules().stream().filter(rule -> rule.matches(r, user, groups)).findFirst();
    return first.map(AuditPolicy.Rule::index).orElse(-1);
  }
}
