package dev.kubeward.core.k8s;

import static dev.kubeward.core.testing.Manifests.read;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kubeward.core.k8s.LabelSelector.Operator;
import dev.kubeward.core.k8s.LabelSelector.Requirement;
import dev.kubeward.core.model.Field;
import dev.kubeward.core.source.InputProblem;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Label selectors: matching as metav1.LabelSelectorAsSelector does, reading as the API server validates. */
class LabelSelectorTest {

  private static LabelSelector.Read selector(String yaml) {
    Field root = read("apiVersion: v1\nkind: X\nmetadata: {name: x}\nselector:\n" + yaml.indent(2)).resources().get(0).root();
    return LabelSelector.read(root.get("selector").orElseThrow(), "test.yaml");
  }

  private static LabelSelector valid(String yaml) {
    LabelSelector.Read r = selector(yaml);
    assertThat(r.problems()).isEmpty();
    return r.selector().orElseThrow();
  }

  @Test
  void operatorsMatchAsKubernetesDefinesThem() {
    Map<String, String> devFront = Map.of("env", "dev", "tier", "front");
    Map<String, String> none = Map.of();
    LabelSelector in = valid("matchExpressions: [{key: tier, operator: In, values: [front, edge]}]");
    LabelSelector notIn = valid("matchExpressions: [{key: env, operator: NotIn, values: [dev]}]");
    LabelSelector exists = valid("matchExpressions: [{key: tier, operator: Exists}]");
    LabelSelector absent = valid("matchExpressions: [{key: tier, operator: DoesNotExist}]");
    assertThat(in.matches(devFront)).isTrue();
    assertThat(in.matches(none)).as("In needs the key").isFalse();
    assertThat(notIn.matches(devFront)).isFalse();
    assertThat(notIn.matches(none)).as("NotIn matches an object without the key").isTrue();
    assertThat(notIn.matches(Map.of("env", "prod"))).isTrue();
    assertThat(exists.matches(devFront)).isTrue();
    assertThat(exists.matches(Map.of("tier", ""))).as("an empty value exists").isTrue();
    assertThat(exists.matches(none)).isFalse();
    assertThat(absent.matches(none)).isTrue();
    assertThat(absent.matches(devFront)).isFalse();
  }

  @Test
  void matchLabelsAndExpressionsAreAnded() {
    LabelSelector s = valid("""
        matchLabels: {app: web}
        matchExpressions: [{key: env, operator: In, values: [prod]}]
        """);
    assertThat(s.matches(Map.of("app", "web", "env", "prod"))).isTrue();
    assertThat(s.matches(Map.of("app", "web", "env", "dev"))).isFalse();
    assertThat(s.matches(Map.of("env", "prod"))).isFalse();
    assertThat(s).hasToString("app=web,env in (prod)");
  }

  @Test
  void theEmptySelectorMatchesEverything() {
    assertThat(valid("{}").matches(Map.of())).isTrue();
    assertThat(valid("{}")).isEqualTo(LabelSelector.EVERYTHING);
    assertThat(valid("matchLabels: {}\nmatchExpressions: []").isEmpty()).isTrue();
  }

  @Test
  void invalidSelectorsAreErrorsAtTheirPosition() {
    assertThat(messages("matchExpressions: [{key: app, operator: Equals, values: [web]}]"))
        .containsExactly("test.yaml:5:33: error: \"Equals\" is not a valid label selector operator; use In, NotIn, Exists or DoesNotExist (case matters)");
    assertThat(messages("matchExpressions: [{key: app, operator: In}]"))
        .containsExactly("test.yaml:5:33: error: values must be non-empty when operator is In");
    assertThat(messages("matchExpressions: [{key: app, operator: In, values: []}]").get(0))
        .contains("values must be non-empty when operator is In");
    assertThat(messages("matchExpressions: [{key: app, operator: Exists, values: [x]}]").get(0))
        .contains("values must be empty when operator is Exists");
    assertThat(messages("matchLabels: {version: 2}").get(0))
        .contains("selector.matchLabels.version must be a string, found a number; quote it: \"2\"");
    assertThat(messages("matchLabels: {\"-bad\": x}").get(0)).contains("\"-bad\" is not a valid label key");
    assertThat(messages("matchLabels: {app: \"has space\"}").get(0)).contains("\"has space\" is not a valid label value");
    assertThat(messages("matchLabel: {app: web}").get(0)).contains("unknown field \"matchLabel\"");
    assertThat(messages("matchExpressions: [{operator: Exists}]").get(0)).contains(".key is required");
    assertThat(messages("[a]").get(0)).contains("must be a label selector mapping");
    assertThat(selector("matchExpressions: [{key: app, operator: Equals}]").selector()).isEmpty();
  }

  @Test
  void validKeysAndValuesPass() {
    assertThat(valid("matchLabels: {app.kubernetes.io/name: web, k: \"\", a_b.c-d: X1}").matchLabels()).hasSize(3);
    assertThat(valid("matchLabels: {app: null}").matchLabels()).containsEntry("app", "");
  }

  private static List<String> messages(String yaml) {
    return selector(yaml).problems().stream().map(InputProblem::describe).toList();
  }

  /** A random selector over a small vocabulary, so that keys and values collide. */
  private static LabelSelector random(SplittableRandom r) {
    Map<String, String> match = new TreeMap<>();
    List<Requirement> reqs = new ArrayList<>();
    for (int i = r.nextInt(4); i > 0; i--) {
      String key = "k" + r.nextInt(3);
      if (r.nextBoolean()) {
        match.put(key, "v" + r.nextInt(3));
      } else {
        Operator op = Operator.values()[r.nextInt(4)];
        List<String> values = op == Operator.IN || op == Operator.NOT_IN ? List.of("v" + r.nextInt(3), "v" + r.nextInt(3)) : List.of();
        reqs.add(new Requirement(key, op, values));
      }
    }
    return new LabelSelector(match, reqs);
  }

  private static Map<String, String> labels(SplittableRandom r) {
    Map<String, String> l = new HashMap<>();
    for (int k = 0; k < 3; k++) {
      if (r.nextBoolean()) {
        l.put("k" + k, "v" + r.nextInt(4));
      }
    }
    return l;
  }

  /**
   * Properties the network engine relies on: a selector matches exactly when each of its parts
   * does; NotIn is the negation of In and DoesNotExist of Exists; the order expressions are
   * written in changes neither equality nor matching; and a label value the selector never names
   * can be replaced by any other unnamed value without changing the answer.
   */
  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 17, 4242})
  void matchingProperties(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    for (int i = 0; i < 3000; i++) {
      LabelSelector s = random(r);
      Map<String, String> l = labels(r);
      boolean parts = s.matchLabels().entrySet().stream().allMatch(e -> e.getValue().equals(l.get(e.getKey())))
          && s.expressions().stream().allMatch(q -> q.matches(l));
      assertThat(s.matches(l)).isEqualTo(parts);
      for (Requirement q : s.expressions()) {
        Operator opposite = switch (q.operator()) {
          case IN -> Operator.NOT_IN;
          case NOT_IN -> Operator.IN;
          case EXISTS -> Operator.DOES_NOT_EXIST;
          case DOES_NOT_EXIST -> Operator.EXISTS;
        };
        assertThat(new Requirement(q.key(), opposite, q.values()).matches(l)).isEqualTo(!q.matches(l));
      }
      List<Requirement> shuffled = new ArrayList<>(s.expressions());
      Collections.reverse(shuffled);
      LabelSelector same = new LabelSelector(s.matchLabels(), shuffled);
      assertThat(same).isEqualTo(s).hasSameHashCodeAs(s);
      Map<String, String> renamed = new HashMap<>(l);
      renamed.replaceAll((k, v) -> s.valuesOf(k).contains(v) ? v : "unnamed-" + r.nextInt(5));
      assertThat(s.matches(renamed)).as("%s on %s vs %s", s, l, renamed).isEqualTo(s.matches(l));
    }
  }
}
