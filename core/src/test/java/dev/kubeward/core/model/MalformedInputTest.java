package dev.kubeward.core.model;

import static dev.kubeward.core.testing.Manifests.assertReadable;
import static dev.kubeward.core.testing.Manifests.names;
import static dev.kubeward.core.testing.Manifests.onlyProblem;
import static dev.kubeward.core.testing.Manifests.read;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kubeward.core.source.InputProblem;
import org.junit.jupiter.api.Test;

/** Broken YAML: an error at the spot, in words, and whatever could be read is kept. */
class MalformedInputTest {

  @Test
  void badIndentationIsAnErrorAtTheOffendingColonAndEarlierDocumentsAreKept() {
    var r = read("""
        apiVersion: v1
        kind: ConfigMap
        metadata: {name: first}
        ---
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: second
           broken: here
        ---
        apiVersion: v1
        kind: ConfigMap
        metadata: {name: third}
        """);

    assertThat(names(r)).containsExactly("first");
    InputProblem p = onlyProblem(r);
    assertThat(p.error()).isTrue();
    assertThat(p.file()).isEqualTo("test.yaml");
    assertThat(p.line()).isEqualTo(9);
    assertThat(p.column()).isEqualTo(10);
    assertThat(p.message()).startsWith("invalid YAML: mapping values are not allowed");
    assertReadable(p.message());
  }

  @Test
  void anUnclosedFlowMappingSaysWhereItWasOpened() {
    var r = read("""
        apiVersion: v1
        kind: ConfigMap
        metadata: {name: a
        data: {}
        """);

    InputProblem p = onlyProblem(r);
    assertThat(p.message()).contains("flow mapping that starts at line 3, column 11");
    assertReadable(p.message());
  }

  @Test
  void anUnclosedQuoteSaysWhereItWasOpened() {
    var r = read("""
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: "abc
        """);

    InputProblem p = onlyProblem(r);
    assertThat(p.message()).contains("quoted scalar that starts at line 4, column 9");
  }

  @Test
  void aTabUsedForIndentationIsNamed() {
    var r = read("apiVersion: v1\nkind: ConfigMap\nmetadata:\n\tname: a\n");

    InputProblem p = onlyProblem(r);
    assertThat(p.line()).isEqualTo(4);
    assertThat(p.column()).isEqualTo(1);
    assertThat(p.message()).contains("TAB");
    assertReadable(p.message());
  }

  @Test
  void aControlCharacterIsNamedWithItsPosition() {
    var r = read("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a\u0001b}\n");

    InputProblem p = onlyProblem(r);
    assertThat(p.line()).isEqualTo(3);
    assertThat(p.column()).isEqualTo(19);
    assertThat(p.message()).contains("U+0001");
    assertReadable(p.message());
  }

  @Test
  void anAliasWithoutAnchorIsAnError() {
    var r = read("""
        apiVersion: v1
        kind: ConfigMap
        metadata: {name: *nowhere}
        """);

    InputProblem p = onlyProblem(r);
    assertThat(p.message()).contains("alias *nowhere refers to no anchor");
    assertThat(p.line()).isEqualTo(3);
    assertThat(p.column()).isEqualTo(18);
  }

  @Test
  void aMappingAsAKeyIsAnError() {
    var r = read("""
        apiVersion: v1
        kind: ConfigMap
        ? {a: b}
        : c
        """);

    assertThat(onlyProblem(r).message()).contains("a mapping key must be a plain string");
  }

  @Test
  void aDuplicateKeyNamesBothLinesAndTheLastValueWins() {
    var r = read("""
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: first
          namespace: prod
          name: last
        """);

    assertThat(names(r)).containsExactly("last");
    InputProblem p = onlyProblem(r);
    assertThat(p.line()).isEqualTo(6);
    assertThat(p.column()).isEqualTo(3);
    assertThat(p.message()).contains("duplicate key \"name\"").contains("first at line 4");
  }

  @Test
  void anAliasBombIsRefusedWithAClearMessage() {
    // Nine levels of nine aliases: 9^9 (387 million) nodes if expanded.
    StringBuilder bomb = new StringBuilder("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: lol}\ndata:\n");
    bomb.append("  a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    for (char c = 'b'; c <= 'i'; c++) {
      char prev = (char) (c - 1);
      bomb.append("  ").append(c).append(": &").append(c).append(" [");
      for (int i = 0; i < 9; i++) {
        bomb.append(i == 0 ? "" : ", ").append('*').append(prev);
      }
      bomb.append("]\n");
    }

    var r = read(bomb.toString());

    assertThat(r.resources()).isEmpty();
    InputProblem p = onlyProblem(r);
    assertThat(p.message()).contains("alias bomb");
    assertThat(p.line()).isBetween(5, 13);
    assertReadable(p.message());
  }

  @Test
  void manyAliasesOfASmallAnchorAreFine() {
    StringBuilder doc = new StringBuilder("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: ok}\ndata:\n");
    doc.append("  base: &b {x: '1'}\n");
    for (int i = 0; i < 1000; i++) {
      doc.append("  k").append(i).append(": *b\n");
    }

    var r = read(doc.toString());

    assertThat(r.problems()).isEmpty();
    assertThat(names(r)).containsExactly("ok");
  }

  @Test
  void tenThousandNestedFlowSequencesAreAnErrorNotAStackOverflow() {
    var r = read("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: deep}\ndata: " + "[".repeat(10_000));

    InputProblem p = onlyProblem(r);
    assertThat(p.message()).contains("nesting deeper than");
    assertThat(p.line()).isEqualTo(4);
    assertReadable(p.message());
  }

  @Test
  void tenThousandNestedBlockMappingsAreAnErrorNotAStackOverflow() {
    StringBuilder deep = new StringBuilder("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: deep}\n");
    for (int i = 0; i < 10_000; i++) {
      deep.append(" ".repeat(i)).append("a:\n");
    }

    var r = read(deep.toString());

    assertThat(r.resources()).isEmpty();
    assertThat(onlyProblem(r).message()).contains("nesting deeper than");
  }

  @Test
  void deepNestingIsRefusedEvenInsideAFieldThatIsDropped() {
    // status is skipped unbuilt, but the parser would still slow down on it: refused all the same.
    var r = read("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\nstatus: "
        + "[".repeat(100_000) + "]".repeat(100_000) + "\n");

    assertThat(r.resources()).isEmpty();
    assertThat(onlyProblem(r).message()).contains("nesting deeper than");
  }

  @Test
  void aDroppedFieldWithinTheLimitIsSkipped() {
    var r = read("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\nstatus: "
        + "[".repeat(400) + "]".repeat(400) + "\n");

    assertThat(r.problems()).isEmpty();
    assertThat(names(r)).containsExactly("a");
  }

  @Test
  void nestingWithinTheLimitIsRead() {
    var r = read("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\ndata: {x: "
        + "[".repeat(400) + "]".repeat(400) + "}\n");

    assertThat(r.problems()).isEmpty();
    assertThat(names(r)).containsExactly("a");
  }
}
