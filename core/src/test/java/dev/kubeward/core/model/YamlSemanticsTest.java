package dev.kubeward.core.model;

import static dev.kubeward.core.testing.Manifests.names;
import static dev.kubeward.core.testing.Manifests.read;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The YAML semantics of docs/yaml-semantics.md, as read through resources' fields. */
class YamlSemanticsTest {

  /** The single resource of {@code yaml}, read without problems. */
  private static Resource only(String yaml) {
    var r = read(yaml);
    assertThat(r.problems()).as("problems").isEmpty();
    assertThat(r.resources()).hasSize(1);
    return r.resources().get(0);
  }

  private static Field value(String plainOrQuoted) {
    return only("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\nv: " + plainOrQuoted + "\n")
        .root().get("v").orElseThrow();
  }

  @ParameterizedTest
  @ValueSource(strings = {"yes", "Yes", "YES", "on", "On", "ON", "y", "Y", "true", "True", "TRUE"})
  void plainYaml11TruthsAreBooleansWhereABooleanIsRead(String text) {
    assertThat(value(text).bool()).contains(true);
    assertThat(value(text).text()).contains(text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"no", "No", "NO", "off", "Off", "OFF", "n", "N", "false", "False", "FALSE"})
  void plainYaml11FalsehoodsAreBooleansWhereABooleanIsRead(String text) {
    assertThat(value(text).bool()).contains(false);
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"yes\"", "'on'", "!!str yes", "yEs", "1", "enabled"})
  void quotedTaggedOrOtherTextIsNoBoolean(String text) {
    assertThat(value(text).bool()).isEmpty();
  }

  @Test
  void aQuotedYesIsTheStringYes() {
    assertThat(value("\"yes\"").text()).contains("yes");
    assertThat(value("\"yes\"").shape()).isEqualTo("a string");
  }

  @ParameterizedTest
  @CsvSource({
    "0644, 420",
    "0o644, 420",
    "0O644, 420",
    "0x1F, 31",
    "0X1f, 31",
    "0b101, 5",
    "1_000, 1000",
    "-0x10, -16",
    "+7, 7",
    "0, 0",
    "1000, 1000",
    // Integral floats: Kubernetes' decoder reads these as floats and hands them on as JSON
    // numbers, which an integer field accepts.
    "1e3, 1000",
    "0.0, 0",
    "08, 8",
    "2.0, 2"
  })
  void plainIntegersAsKubernetesReadsThem(String text, long expected) {
    assertThat(value(text).integer()).hasValue(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"0644\"", "!!str 0644", "1.5", "0x", "12abc", ".inf", "1e30", "0o8"})
  void quotedTaggedFractionalOrOutOfRangeValuesAreNoInteger(String text) {
    assertThat(value(text).integer()).isEmpty();
  }

  @Test
  void nullAndEmptyValuesReadAsAbsent() {
    Resource r = only("""
        apiVersion: v1
        kind: ConfigMap
        metadata: {name: a}
        a:
        b: null
        c: ~
        d: "null"
        """);

    assertThat(r.root().get("a")).isEmpty();
    assertThat(r.root().get("b")).isEmpty();
    assertThat(r.root().get("c")).isEmpty();
    assertThat(r.root().get("d").flatMap(Field::text)).contains("null");
  }

  @Test
  void mergeKeysFillInWhatTheMappingDoesNotSet() {
    Resource r = only("""
        apiVersion: v1
        kind: ConfigMap
        metadata: {name: a}
        base: &base {runAsUser: 1000, runAsNonRoot: true}
        extra: &extra {runAsUser: 3000, fsGroup: 2000}
        one:
          <<: *base
          runAsUser: 0
        two:
          <<: [*base, *extra]
        """);

    Field one = r.root().get("one").orElseThrow();
    assertThat(one.get("runAsUser").flatMap(f -> f.integer().stream().boxed().findFirst())).contains(0L);
    assertThat(one.get("runAsNonRoot").flatMap(Field::bool)).contains(true);
    assertThat(one.get("<<")).isEmpty();
    Field two = r.root().get("two").orElseThrow();
    assertThat(two.entries().stream().map(Field.Entry::key)).containsExactly("runAsUser", "runAsNonRoot", "fsGroup");
    assertThat(two.get("runAsUser").map(Field::integer).orElseThrow()).as("the first merged map wins").hasValue(1000);
  }

  @Test
  void aQuotedMergeKeyIsAnOrdinaryKey() {
    Resource r = only("""
        apiVersion: v1
        kind: ConfigMap
        metadata: {name: a}
        data: {"<<": x}
        """);

    assertThat(r.root().at("data", "<<").flatMap(Field::text)).contains("x");
  }

  @Test
  void anAliasReadsAsTheAnchoredValue() {
    Resource r = only("""
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: a
          labels: &labels {app: web, tier: front}
        spec:
          selector: *labels
        """);

    assertThat(Field.stringMap(r.root().at("spec", "selector"))).containsEntry("app", "web").hasSize(2);
    assertThat(r.root().at("spec", "selector").orElseThrow().path()).hasToString("spec.selector");
  }

  @Test
  void strTagsMakeStrings() {
    Resource r = only("""
        apiVersion: v1
        kind: ConfigMap
        metadata: {name: !!str 123}
        data: {port: !!str 8080, flag: !!str true}
        """);

    assertThat(r.name()).isEqualTo("123");
    assertThat(r.root().at("data", "port").orElseThrow().integer()).isEmpty();
    assertThat(r.root().at("data", "flag").orElseThrow().bool()).isEmpty();
  }

  @Test
  void emptyAndCommentOnlyDocumentsAreIgnoredAndSeparatorsAndEndMarkersAreHonoured() {
    var r = read("""
        # a leading comment
        ---
        ---
        # only a comment in this one
        ---
        apiVersion: v1
        kind: ConfigMap
        metadata: {name: one}
        ...
        ---
        apiVersion: v1
        kind: ConfigMap
        metadata: {name: two}
        ...
        # trailing comment
        ---
        """);

    assertThat(r.problems()).isEmpty();
    assertThat(r.skipped()).isEmpty();
    assertThat(names(r)).containsExactly("one", "two");
    assertThat(r.resources().get(1).root().line()).isEqualTo(11);
  }

  @Test
  void documentIndicesCountEveryDocumentOfTheStream() {
    var r = read("---\n---\n---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: third}\n");

    assertThat(r.resources().get(0).document()).isEqualTo(3);
  }

  @Test
  void keysKeepTheirTextAndNumbersAsKeysAreText() {
    Resource r = only("""
        apiVersion: v1
        kind: ConfigMap
        metadata: {name: a}
        data:
          1: one
          "two words": 2
        """);

    assertThat(r.root().get("data").orElseThrow().entries().stream().map(Field.Entry::key))
        .containsExactly("1", "two words");
  }
}
