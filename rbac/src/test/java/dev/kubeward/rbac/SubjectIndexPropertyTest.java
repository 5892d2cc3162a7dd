package dev.kubeward.rbac;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Seeded tests of the subject lookups answered from the bindings' indexes, against a plain
 * reading of every binding: {@link RbacModel#names}, {@link RbacModel#subjects()},
 * {@link RbacModel#serviceAccountNames} (sorted, as a TreeSet of them) and {@link Subject#hasUserName} (users named like service accounts included).
 */
class SubjectIndexPropertyTest {

  private static final List<Subject> QUERIES = List.of(
      Subject.user("u1"), Subject.user("u2"), Subject.user("nobody"), Subject.user(""), Subject.group("g1"),
      Subject.group("u1"), Subject.group("system:authenticated"), Subject.group("system:serviceaccounts:a"),
      Subject.serviceAccount("a", "s1"), Subject.serviceAccount("b", "s1"), Subject.serviceAccount("a", "s2"),
      Subject.user("system:serviceaccount:b:s1"), Subject.user("system:serviceaccount:a:s1"),
      new Subject(Subject.Kind.SERVICE_ACCOUNT, "s1", java.util.Optional.empty()),
      new Subject(Subject.Kind.GROUP, "g1", java.util.Optional.of("a")));

  @ParameterizedTest
  @ValueSource(longs = {1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L})
  void namesAndSubjectsAgreeWithEveryBinding(long seed) {
    Random rnd = new Random(seed);
    String yaml = ModelPropertyTest.generate(rnd);
    RbacModel m = Models.of(yaml);
    Set<Subject> plain = new TreeSet<>();
    m.bindings().forEach(b -> plain.addAll(b.subjects()));
    assertThat(new ArrayList<>(m.subjects())).as(yaml).isEqualTo(new ArrayList<>(plain));
    List<Subject> queries = new ArrayList<>(QUERIES);
    queries.addAll(plain);
    for (String ns : m.namespaces()) {
      Set<String> names = m.serviceAccountNames(ns);
      TreeSet<String> sorted = new TreeSet<>(names);
      assertThat(new ArrayList<>(names)).as("seed %d: accounts of %s", seed, ns).isEqualTo(new ArrayList<>(sorted));
      for (String candidate : List.of("default", "s1", "s2", "", "zz")) {
        assertThat(names.contains(candidate)).isEqualTo(sorted.contains(candidate));
      }
    }
    for (Subject s : queries) {
      assertThat(m.names(s)).as("seed %d: %s\n%s", seed, s, yaml)
          .isEqualTo(m.bindings().stream().anyMatch(b -> b.subjects().contains(s)));
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {1L, 2L, 3L})
  void hasUserNameIsTheUserNamesEquality(long seed) {
    Random rnd = new Random(seed);
    List<String> parts = List.of("", "a", "b", "s1", "a:s1", "b:s1", ":", "system:serviceaccount:", "system:serviceaccount:a");
    for (int i = 0; i < 2000; i++) {
      String name = parts.get(rnd.nextInt(parts.size()));
      Subject s = switch (rnd.nextInt(4)) {
        case 0 -> Subject.user(name);
        case 1 -> Subject.group(name);
        case 2 -> Subject.serviceAccount(parts.get(rnd.nextInt(parts.size())), name);
        default -> new Subject(Subject.Kind.SERVICE_ACCOUNT, name, java.util.Optional.empty());
      };
      String user = switch (rnd.nextInt(3)) {
        case 0 -> parts.get(rnd.nextInt(parts.size()));
        case 1 -> s.userName().orElse("");
        default -> parts.get(rnd.nextInt(parts.size())) + parts.get(rnd.nextInt(parts.size())) + ":"
            + parts.get(rnd.nextInt(parts.size()));
      };
      assertThat(s.hasUserName(user)).as("%s vs %s", s, user).isEqualTo(s.userName().orElse("").equals(user));
    }
  }
}
