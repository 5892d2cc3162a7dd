package dev.kubeward.rbac;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kubeward.core.model.Field;
import dev.kubeward.core.model.ManifestReader;
import dev.kubeward.core.model.Resource;
import dev.kubeward.core.source.SourceFile;
import dev.kubeward.core.yaml.MapNode;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The reader's one-pass reads of a rule's lists and a subject's texts against the field-by-field
 * reads they stand for, on generated rules and subjects of every shape (seeded: a failure repeats).
 */
class ObjectReaderFastPathTest {

  private static final List<String> RULE_KEYS = List.of("verbs", "apiGroups", "resources", "resourceNames", "nonResourceURLs", "other");
  private static final List<String> SUBJECT_KEYS = List.of("kind", "name", "namespace", "apiGroup", "other");
  private static final List<String> VALUES = List.of("null", "~", "[]", "[get, list]", "[\"\", apps]", "[a, null, \"\"]", "[\"*\"]",
      "pods", "\"\"", "{k: v}", "[[x]]", "[{a: b}]", "[1, true]", "'quoted'", "12", "User", "ServiceAccount", "Null");

  @Test
  void aRulesListsReadInOnePassAreThoseReadKeyByKey() {
    Random random = new Random(20261122);
    int fast = 0;
    for (int round = 0; round < 300; round++) {
      for (Field rule : items(document(random, "rules", RULE_KEYS))) {
        ObjectReader.RuleLists read = ObjectReader.RuleLists.read((MapNode) rule.node());
        boolean wellShaped = RULE_KEYS.stream().limit(5).allMatch(k -> rule.get(k).map(ObjectReaderFastPathTest::scalarList).orElse(true));
        assertThat(read != null).as("%s read in one pass", rule.node()).isEqualTo(wellShaped);
        if (read != null) {
          fast++;
          assertThat(List.of(read.verbs(), read.groups(), read.resources(), read.names(), read.urls())).as("%s", rule.node())
              .isEqualTo(RULE_KEYS.stream().limit(5).map(k -> strings(rule, k)).toList());
        }
      }
    }
    assertThat(fast).as("rules read in one pass").isGreaterThan(100);
  }

  @Test
  void aSubjectsTextsReadInOnePassAreThoseReadKeyByKey() {
    Random random = new Random(7);
    for (int round = 0; round < 300; round++) {
      for (Field subject : items(document(random, "subjects", SUBJECT_KEYS))) {
        for (MapNode.Entry e : ((MapNode) subject.node()).entries()) {
          assertThat(Optional.ofNullable(ObjectReader.text(e.value()))).as("%s", e)
              .isEqualTo(subject.get(e.name()).flatMap(Field::text));
        }
      }
    }
  }

  /** A list of strings as the reader takes it key by key: every item a scalar, a null one as "". */
  private static List<String> strings(Field parent, String key) {
    return parent.get(key).map(f -> f.items().stream().map(i -> i.text().orElse("")).toList()).orElse(List.of());
  }

  private static boolean scalarList(Field f) {
    return f.isSeq() && f.items().stream().allMatch(i -> i.text().isPresent() || i.isNull());
  }

  /** A ClusterRole whose {@code list} holds a few mappings of random keys and values. */
  private static Resource document(Random random, String list, List<String> keys) {
    StringBuilder yaml = new StringBuilder("apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata: {name: r}\n")
        .append(list).append(":\n");
    for (int i = random.nextInt(4); i >= 0; i--) {
      yaml.append("- {");
      int n = random.nextInt(keys.size() + 1);
      List<String> shuffled = new java.util.ArrayList<>(keys);
      java.util.Collections.shuffle(shuffled, random);
      for (int k = 0; k < n; k++) {
        yaml.append(k == 0 ? "" : ", ").append(shuffled.get(k)).append(": ").append(VALUES.get(random.nextInt(VALUES.size())));
      }
      yaml.append("}\n");
    }
    ManifestReader.FileResult parsed = new ManifestReader().parse(new SourceFile("gen.yaml", Optional.empty()), yaml.toString());
    assertThat(parsed.resources()).as("%s", yaml).hasSize(1);
    return parsed.resources().get(0);
  }

  private static List<Field> items(Resource r) {
    return r.root().get("rules").or(() -> r.root().get("subjects")).map(Field::items).orElse(List.of());
  }
}
