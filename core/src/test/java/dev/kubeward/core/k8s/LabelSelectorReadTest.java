package dev.kubeward.core.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kubeward.core.model.Field;
import dev.kubeward.core.testing.Manifests;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link LabelSelector#read} reads the common selector (matchLabels of valid strings) straight from
 * the nodes and leaves the rest to the field-by-field read: on generated selectors, right and
 * wrong in every way the fast read must notice, both give the same selector and the same problems.
 */
class LabelSelectorReadTest {

  private static final String[] KEYS = {"app", "app.kubernetes.io/name", "k8s-app", "-bad", "a/b/c", "Tier", "x_y", "1", "true",
      "matchLabels", "\"quoted key\"", "example.com/", "é"};
  private static final String[] VALUES = {"web", "\"web\"", "'v1'", "profile-1", "1", "\"1\"", "1.5", "0x1F", "true", "\"true\"", "yes",
      "null", "~", "", "\"\"", "-bad", "a b", "{}", "[a]", "x".repeat(64), "v_1.2", "inf", ".inf", "1e3"};

  @Test
  void fastAndFullReadsAgree() {
    SplittableRandom random = new SplittableRandom(1122);
    StringBuilder yaml = new StringBuilder("apiVersion: v1\nkind: X\nmetadata: {name: x}\nselectors:\n");
    for (int i = 0; i < 4_000; i++) {
      yaml.append("- ").append(selector(random)).append('\n');
    }
    int fastOk = 0;
    int problems = 0;
    for (Field f : Manifests.read(yaml.toString()).resources().get(0).root().get("selectors").orElseThrow().items()) {
      LabelSelector.Read fast = LabelSelector.read(f, "t.yaml");
      assertThat(fast).as("%s", f).isEqualTo(LabelSelector.readFully(f, "t.yaml"));
      fastOk += fast.selector().isPresent() ? 1 : 0;
      problems += fast.problems().isEmpty() ? 0 : 1;
    }
    assertThat(fastOk).isGreaterThan(500);
    assertThat(problems).isGreaterThan(500);
  }

  private static String selector(SplittableRandom random) {
    return switch (random.nextInt(10)) {
      case 0 -> "{}";
      case 1 -> "{matchLabels: null}";
      case 2 -> "{matchLabels: [a]}";
      case 3 -> "{matchExpressions: [{key: a, operator: Exists}]}";
      case 4 -> "{matchLabels: " + labels(random) + ", matchExpressions: [{key: a, operator: In, values: [b]}]}";
      case 5 -> "{matchLabels: " + labels(random) + ", other: 1}";
      case 6 -> "web";
      default -> "{matchLabels: " + labels(random) + "}";
    };
  }

  private static String labels(SplittableRandom random) {
    StringBuilder sb = new StringBuilder("{");
    int n = random.nextInt(4);
    java.util.Set<String> used = new java.util.HashSet<>();
    for (int i = 0; i < n; i++) {
      // Mostly right, so that many selectors are read whole.
      boolean right = random.nextInt(3) > 0;
      String key = right ? KEYS[random.nextInt(3)] + (i > 0 ? i : "") : KEYS[random.nextInt(KEYS.length)];
      if (!used.add(key)) {
        continue;
      }
      String value = right ? VALUES[random.nextInt(5)] : VALUES[random.nextInt(VALUES.length)];
      sb.append(used.size() > 1 ? ", " : "").append(key).append(": ").append(value);
    }
    return sb.append("}").toString();
  }
}
