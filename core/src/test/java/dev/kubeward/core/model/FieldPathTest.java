package dev.kubeward.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FieldPathTest {

  private static FieldPath of(Object... segments) {
    FieldPath p = FieldPath.ROOT;
    for (Object s : segments) {
      p = s instanceof Integer i ? p.index(i) : p.key((String) s);
    }
    return p;
  }

  @Test
  void printsSimpleKeysWithDotsIndicesInBracketsAndOtherKeysQuoted() {
    assertThat(of("spec", "template", "spec", "containers", 0, "image"))
        .hasToString("spec.template.spec.containers[0].image");
    assertThat(of("metadata", "annotations", "app.kubernetes.io/name"))
        .hasToString("metadata.annotations[\"app.kubernetes.io/name\"]");
    assertThat(of(0, "a")).hasToString("[0].a");
    assertThat(of("")).hasToString("[\"\"]");
    assertThat(of("say \"hi\"", "back\\slash")).hasToString("[\"say \\\"hi\\\"\"][\"back\\\\slash\"]");
    assertThat(FieldPath.ROOT).hasToString("");
    assertThat(FieldPath.ROOT.isRoot()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "spec.containers[0].image",
    "metadata.annotations[\"ignore.kubeward.dev/run-as-root.app\"]",
    "data[\"a.b\"][\"c/d\"][3][\"\"]",
    "[\"\\\"]\"].x",
    "a[0][1][2]",
    "ünïcödé.ключ",
  })
  void textRoundTrips(String text) {
    FieldPath p = FieldPath.parse(text);

    assertThat(p).hasToString(text);
    assertThat(FieldPath.parse(p.toString())).isEqualTo(p).hasSameHashCodeAs(p);
  }

  @Test
  void equalityIsStructural() {
    assertThat(of("a", "b")).isEqualTo(FieldPath.parse("a.b")).isEqualTo(FieldPath.parse("a[\"b\"]"));
    assertThat(of("a", 0)).isNotEqualTo(of("a", "0"));
    assertThat(of("a.b")).isNotEqualTo(of("a", "b"));
    assertThat(of("a")).isNotEqualTo(of("a", "b")).isNotEqualTo(FieldPath.ROOT);
  }

  /** Seeded property test: any path, with any keys, prints to a text that parses back to it. */
  @Test
  void anyPathRoundTripsThroughItsText() {
    Random random = new Random(1234L);
    String alphabet = "ab-_.0/\"\\[]: é";
    for (int i = 0; i < 20_000; i++) {
      List<Object> segments = new ArrayList<>();
      int n = random.nextInt(7);
      for (int j = 0; j < n; j++) {
        if (random.nextInt(3) == 0) {
          segments.add(random.nextInt(1000));
        } else {
          StringBuilder k = new StringBuilder();
          int len = random.nextInt(6);
          for (int c = 0; c < len; c++) {
            k.append(alphabet.charAt(random.nextInt(alphabet.length())));
          }
          segments.add(k.toString());
        }
      }
      FieldPath p = of(segments.toArray());

      FieldPath back = FieldPath.parse(p.toString());

      assertThat(back).as("%s from %s", p, segments).isEqualTo(p);
      assertThat(back.hashCode()).isEqualTo(p.hashCode());
      assertThat(back.toString()).isEqualTo(p.toString());
    }
  }

  /** The text as the path's grammar writes it, segment by segment, for comparison. */
  private static String written(List<Object> segments) {
    StringBuilder sb = new StringBuilder();
    for (Object s : segments) {
      if (s instanceof Integer i) {
        sb.append('[').append(i).append(']');
      } else if (!((String) s).isEmpty()
          && ((String) s).chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '_' || c == '-')) {
        sb.append(sb.isEmpty() ? "" : ".").append(s);
      } else {
        sb.append("[\"").append(((String) s).replace("\\", "\\\\").replace("\"", "\\\"")).append("\"]");
      }
    }
    return sb.toString();
  }

  /**
   * Seeded: texts come from a per-thread cache of recent paths, so the same path built again
   * (as every resource builds its own), a path whose slot another took, and a longer path from a
   * cached parent must all still print as written.
   */
  @Test
  void repeatedAndCollidingPathsPrintAsWritten() {
    Random random = new Random(4321L);
    String[] keys = {"spec", "template", "containers", "a.b", "x\"y", "", "é", "metadata", "k8s.io/name"};
    for (int i = 0; i < 100_000; i++) {
      List<Object> segments = new ArrayList<>();
      int n = 1 + random.nextInt(6);
      for (int j = 0; j < n; j++) {
        segments.add(random.nextInt(4) == 0 ? (Object) random.nextInt(3) : keys[random.nextInt(keys.length)]);
      }
      FieldPath p = of(segments.toArray());
      assertThat(p.toString()).as("%s", segments).isEqualTo(written(segments));
      assertThat(p.toString()).isSameAs(p.toString());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"a[", "a[0", "a[x]", "a[-1]", "a[]", "a[\"b", "a[\"b\"", "a[99999999999]"})
  void malformedTextIsAnIllegalArgument(String text) {
    assertThatThrownBy(() -> FieldPath.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(text);
  }
}
