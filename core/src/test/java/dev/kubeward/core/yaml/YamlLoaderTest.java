package dev.kubeward.core.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class YamlLoaderTest {

  private static List<YamlDocument> load(String text) {
    return YamlLoader.plain().load(text, "t.yaml");
  }

  @Test
  void aFailureInsideADocumentCarriesThatDocumentsIndex() {
    List<YamlDocument> docs = load("a: 1\n---\nb: 2\n---\nc: [\n");

    assertThat(docs).extracting(YamlDocument::index).containsExactly(1, 2, 3);
    assertThat(docs.get(2).hasFatalProblem()).isTrue();
    assertThat(docs.get(1).problems()).isEmpty();
  }

  @Test
  void documentsAreHandedOverOneByOne() {
    List<Integer> seen = new ArrayList<>();

    YamlLoader.plain().load("a: 1\n---\nb: 2\n---\nc: 3\n", "t.yaml", d -> seen.add(d.index()));

    assertThat(seen).containsExactly(1, 2, 3);
  }

  @Test
  void aProblemFoundBeforeAFailureIsReportedWithIt() {
    List<YamlDocument> docs = load("a: 1\na: 2\nb: [\n");

    assertThat(docs).singleElement().satisfies(d -> assertThat(d.problems())
        .extracting(YamlProblem::line, YamlProblem::fatal)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(2, false), org.assertj.core.groups.Tuple.tuple(4, true)));
  }

  @Test
  void aDuplicateKeyInOneDocumentIsNotRepeatedWhenALaterOneFails() {
    List<YamlDocument> docs = load("a: 1\na: 2\n---\nb: [\n");

    assertThat(docs.get(0).problems()).hasSize(1);
    assertThat(docs.get(1).problems()).singleElement().satisfies(p -> assertThat(p.fatal()).isTrue());
  }

  @Test
  void duplicateKeysInSmallAndLargeMappingsKeepTheLastValueInTheFirstPlace() {
    for (int size : new int[] {3, 40}) {
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < size; i++) {
        text.append("k").append(i).append(": ").append(i).append('\n');
      }
      text.append("k1: last\nk0: again\n");

      YamlDocument d = load(text.toString()).get(0);

      MapNode root = (MapNode) d.root().orElseThrow();
      assertThat(root.size()).as("size %d", size).isEqualTo(size);
      assertThat(root.entries().get(1).name()).isEqualTo("k1");
      assertThat(((ScalarNode) root.entries().get(1).value()).value()).isEqualTo("last");
      assertThat(root.entries().get(1).key().line()).isEqualTo(size + 1);
      assertThat(((ScalarNode) root.get("k0").orElseThrow()).value()).isEqualTo("again");
      assertThat(d.problems()).extracting(YamlProblem::line).containsExactly(size + 1, size + 2);
    }
  }

  @Test
  void mergedKeysNeverOverrideTheMappingsOwnNorEarlierMerges() {
    YamlDocument d = load("a: &a {x: 1, y: 1}\nb: &b {y: 2, z: 2}\nc:\n  <<: [*a, *b]\n  x: own\n").get(0);

    MapNode c = (MapNode) ((MapNode) d.root().orElseThrow()).get("c").orElseThrow();
    assertThat(c.entries()).extracting(MapNode.Entry::name).containsExactly("x", "y", "z");
    assertThat(c.entries()).extracting(e -> ((ScalarNode) e.value()).value()).containsExactly("own", "1", "2");
  }

  @Test
  void theNestingLimitHoldsForMappingsSequencesAndMixes() {
    StringBuilder mixed = new StringBuilder();
    for (int i = 0; i <= YamlLoader.MAX_DEPTH + 1; i++) {
      mixed.append(i % 2 == 0 ? "[" : "{a: ");
    }

    assertThat(load(mixed.toString())).singleElement()
        .satisfies(d -> assertThat(d.problems().get(0).message()).contains("nesting deeper than 512"));
    assertThat(load("[".repeat(YamlLoader.MAX_DEPTH + 1) + "]".repeat(YamlLoader.MAX_DEPTH + 1)))
        .singleElement().satisfies(d -> assertThat(d.problems()).isEmpty());
  }

  @Test
  void aStackTooSmallForTheAllowedNestingIsAProblemNotACrash() throws InterruptedException {
    // The loader recurses once per level up to the limit; on a tiny thread stack even that
    // overflows, and the overflow must come back as a problem of the document.
    String deep = "[".repeat(YamlLoader.MAX_DEPTH) + "]".repeat(YamlLoader.MAX_DEPTH);
    AtomicReference<Object> outcome = new AtomicReference<>();
    Thread t = new Thread(null, () -> {
      try {
        outcome.set(load(deep));
      } catch (Throwable e) {
        outcome.set(e);
      }
    }, "tiny-stack", 16 * 1024);
    t.start();
    t.join();

    assertThat(outcome.get()).isInstanceOf(List.class);
    @SuppressWarnings("unchecked")
    List<YamlDocument> docs = (List<YamlDocument>) outcome.get();
    assertThat(docs).singleElement().satisfies(d -> {
      if (d.hasFatalProblem()) {
        assertThat(d.problems().get(0).message()).isEqualTo("nesting too deep to read; flatten the document");
      } else {
        assertThat(d.root()).isPresent();
      }
    });
  }

  @Test
  void anchorsArePerDocument() {
    List<YamlDocument> docs = load("a: &x 1\n---\nb: *x\n");

    assertThat(docs.get(1).problems()).singleElement()
        .satisfies(p -> assertThat(p.message()).contains("alias *x refers to no anchor"));
  }

  @Test
  void anAliasSharesTheAnchoredNode() {
    YamlDocument d = load("a: &x {k: v}\nb: *x\n").get(0);
    MapNode root = (MapNode) d.root().orElseThrow();

    assertThat(root.get("b").orElseThrow()).isSameAs(root.get("a").orElseThrow());
  }

  @Test
  void positionsBeyondThePackedRangeAreKeptWhole() {
    String padding = "x".repeat(3000);
    YamlDocument d = load("{\"a\": \"" + padding + "\", \"b\": 1}\n").get(0);

    MapNode root = (MapNode) d.root().orElseThrow();
    ScalarNode b = root.entries().get(1).key();
    assertThat(b.column()).isEqualTo(3000 + 11);
    assertThat(b.line()).isEqualTo(1);
    assertThat(ScalarNode.of("v", true, 2_000_000, 5)).satisfies(s -> {
      assertThat(s.line()).isEqualTo(2_000_000);
      assertThat(s.column()).isEqualTo(5);
      assertThat(s.plain()).isTrue();
    });
    assertThat(ScalarNode.of("v", false, 1 << 20, 1 << 11)).isEqualTo(ScalarNode.of("v", false, 1 << 20, 1 << 11))
        .isNotEqualTo(ScalarNode.of("v", true, 1 << 20, 1 << 11));
  }

  @Test
  void aScalarKnowsWhetherItIsNullWhereverItStands() {
    // The last line the packed form holds, the first it does not, and a column past its reach.
    for (int line : new int[] {1, (1 << 19) - 1, 1 << 19, 2_000_000}) {
      for (int column : new int[] {1, (1 << 11) - 1, 1 << 11}) {
        for (String text : List.of("", "~", "null", "Null", "NULL", "nul", "nulls", "NUll", "x")) {
          boolean isNullWord = List.of("", "~", "null", "Null", "NULL").contains(text);
          ScalarNode plain = ScalarNode.of(text, true, line, column);
          ScalarNode quoted = ScalarNode.of(text, false, line, column);
          assertThat(plain.isNull()).as("plain %s at %d:%d", text, line, column).isEqualTo(isNullWord);
          assertThat(quoted.isNull()).as("quoted %s at %d:%d", text, line, column).isFalse();
          assertThat(List.of(plain.line(), plain.column(), quoted.line(), quoted.column()))
              .containsExactly(line, column, line, column);
          assertThat(plain.plain()).isTrue();
          assertThat(quoted.plain()).isFalse();
        }
      }
    }
  }

  @Test
  void whatTheFastPathMustNotAcceptIsSnakeYamlsToReject() {
    String longKey = "k".repeat(1100);
    for (String text : List.of(
        "\"" + longKey + "\": b\n",
        "a: {\"" + longKey + "\": b}\n",
        "{" + longKey + ": b}\n",
        "a: \"\\x\u0661\u0662\"\n",
        "k: \"\\u")) {
      List<YamlDocument> docs = load(text);

      assertThat(docs).as("%s", text.length() > 60 ? text.substring(0, 60) : text)
          .anySatisfy(d -> assertThat(d.hasFatalProblem()).isTrue());
    }
  }
}
