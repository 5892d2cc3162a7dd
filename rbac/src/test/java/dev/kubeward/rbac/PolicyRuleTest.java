package dev.kubeward.rbac;

import static dev.kubeward.rbac.Models.req;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kubeward.core.model.ResourceRef;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The authorizer's matching of one rule, case by case (upstream's evaluation helpers). */
class PolicyRuleTest {

  static final RuleSource SOURCE = new RuleSource(new ResourceRef("rbac.authorization.k8s.io/v1", "ClusterRole",
      Optional.empty(), "r"), 0, "test.yaml", 1, 1);

  /** A rule from space-separated lists ({@code -} for an empty list; {@code ''} for the core group). */
  static PolicyRule rule(String verbs, String groups, String resources, String names, String urls) {
    return new PolicyRule(list(verbs), list(groups), list(resources), list(names), list(urls), SOURCE);
  }

  static List<String> list(String s) {
    if (s.equals("-")) {
      return List.of();
    }
    return java.util.Arrays.stream(s.split(" ")).map(x -> x.equals("''") ? "" : x).toList();
  }

  @ParameterizedTest(name = "{0} {1} {2}/{3} [{4}] vs verbs={5} groups={6} resources={7} names={8}: {9}")
  @CsvSource(delimiter = '|', value = {
      // verb, group, resource, subresource, name | rule verbs, groups, resources, names | allowed
      "get|''|pods|''|''|get|''|pods|-|true",
      "list|''|pods|''|''|get|''|pods|-|false",
      "list|''|pods|''|''|*|''|pods|-|true",
      "get|apps|deployments|''|''|get|''|deployments|-|false",
      "get|apps|deployments|''|''|get|*|deployments|-|true",
      "get|''|pods|exec|''|get|''|pods|-|false",
      "create|''|pods|exec|''|create|''|pods/exec|-|true",
      "create|''|pods|exec|''|create|''|*|-|true",
      "create|''|pods|exec|''|create|''|*/exec|-|true",
      "create|''|pods|attach|''|create|''|*/exec|-|false",
      "update|apps|deployments|scale|''|update|apps|*/scale|-|true",
      "update|apps|deployments|''|''|update|apps|*/scale|-|false",
      "create|''|pods|exec|''|create|''|deployments/exec|-|false",
      "create|''|pods|exec|''|create|''|pod/exec|-|false",
      "get|''|secrets|''|db|get|''|secrets|db|true",
      "get|''|secrets|''|web|get|''|secrets|db|false",
      "list|''|secrets|''|''|list|''|secrets|db|false",
      "watch|''|secrets|''|db|watch|''|secrets|db|true",
      "create|''|secrets|''|''|create|''|secrets|db|false",
      "deletecollection|''|secrets|''|''|deletecollection|''|secrets|db|false",
      "get|''|secrets|''|db|get|''|secrets|-|true",
      "create|''|pods|exec|web-1|create|''|pods/exec|web-1|true",
      "create|''|pods|exec|web-2|create|''|pods/exec|web-1|false",
      "get|''|pods|''|''|get|''|PODS|-|false",
      "Get|''|pods|''|''|get|''|pods|-|false",
  })
  void resourceRequests(String verb, String group, String resource, String sub, String name,
      String verbs, String groups, String resources, String names, boolean allowed) {
    PolicyRule r = rule(verbs, groups, resources, names, "-");
    assertThat(r.allows(req(verb, unq(group), resource, unq(sub), unq(name), "default"))).isEqualTo(allowed);
  }

  @ParameterizedTest(name = "{0} {1} vs {2} {3}: {4}")
  @CsvSource(delimiter = '|', value = {
      "get|/healthz|get|/healthz|true",
      "get|/healthz/ping|get|/healthz|false",
      "get|/healthz/ping|get|/healthz/*|true",
      "get|/healthz|get|/healthz/*|false",
      "get|/healthzfoo|get|/healthz*|true",
      "get|/anything|get|*|true",
      "post|/metrics|get|/metrics|false",
      "post|/metrics|*|/metrics|true",
      "get|/api/v1|get|/api/**|true",
  })
  void nonResourceRequests(String verb, String path, String verbs, String urls, boolean allowed) {
    PolicyRule r = rule(verbs, "-", "-", "-", urls);
    assertThat(r.allows(Request.nonResource(verb, path))).isEqualTo(allowed);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"get|''|pods|-", "get|*|*|-"})
  void resourceRulesNeverMatchPaths(String verbs, String groups, String resources, String names) {
    assertThat(rule(verbs, groups, resources, names, "-").allows(Request.nonResource("get", "/healthz"))).isFalse();
    assertThat(rule("*", "-", "-", "-", "*").allows(req("get", "pods", "x"))).isFalse();
  }

  private static String unq(String s) {
    return s.equals("''") ? "" : s;
  }
}
