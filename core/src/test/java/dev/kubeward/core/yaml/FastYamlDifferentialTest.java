package dev.kubeward.core.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Holds {@link FastYaml} to SnakeYAML Engine: for every stream, the documents the fast path hands
 * over are exactly those the general reader gives (nodes, values, plain or quoted, every
 * position, problems), and a stream SnakeYAML rejects is never read whole by the fast path.
 * Streams: every YAML and JSON file of this repository and of ../shared/corpora, and generated
 * ones that mix the block style with the shapes the fast path must decline.
 */
class FastYamlDifferentialTest {

  static final Path ROOT = Path.of(System.getProperty("kubeward.projectRoot", "..")).toAbsolutePath().normalize();

  /** What both readers give for {@code text}, and how much the fast path read. */
  private record Compared(int handed, int documents) {}

  private static Compared compare(String text, String name) {
    List<YamlDocument> fast = new ArrayList<>();
    int handed = FastYaml.load(text, 0, YamlLoader.Pruner.NONE, fast::add);
    List<YamlDocument> general = new ArrayList<>();
    YamlLoader.plain().loadGeneral(text, name, 0, 0, general::add);
    int read = handed < 0 ? fast.size() : handed;
    assertThat(fast).as("documents handed over by the fast path in %s", name).hasSize(read);
    if (handed < 0) {
      assertThat(general.stream().anyMatch(YamlDocument::hasFatalProblem))
          .as("%s: SnakeYAML rejects a stream the fast path read whole:%n%s", name, text).isFalse();
      assertThat(general).as("document count of %s", name).hasSize(fast.size());
    }
    for (int i = 0; i < read; i++) {
      String expected = render(general.get(i));
      String actual = render(fast.get(i));
      if (!expected.equals(actual)) {
        fail("%s, document %d differs:%nSnakeYAML: %s%nfast:      %s%ntext:%n%s", name, i + 1, expected, actual, text);
      }
    }
    return new Compared(handed, general.size());
  }

  static String render(YamlDocument d) {
    StringBuilder b = new StringBuilder();
    b.append('#').append(d.index()).append('@').append(d.line()).append(' ');
    d.root().ifPresentOrElse(r -> render(r, b), () -> b.append("<none>"));
    d.problems().forEach(p -> b.append(" !").append(p));
    return b.toString();
  }

  private static void render(Node node, StringBuilder b) {
    b.append(node.line()).append(':').append(node.column());
    switch (node) {
      case ScalarNode s -> b.append(s.plain() ? "=" : "='").append(s.value().replace("\n", "\\n")).append('|');
      case SeqNode s -> {
        b.append('[');
        s.items().forEach(i -> {
          render(i, b);
          b.append(", ");
        });
        b.append(']');
      }
      case MapNode m -> {
        b.append('{');
        m.entries().forEach(e -> {
          render(e.key(), b);
          b.append(" -> ");
          render(e.value(), b);
          b.append(", ");
        });
        b.append('}');
      }
    }
  }

  static List<Path> yamlFiles(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(dir)) {
      return files
          .filter(Files::isRegularFile)
          .filter(p -> p.toString().matches(".*\\.(ya?ml|json)$"))
          .filter(p -> !p.toString().contains("/target/") && !p.toString().contains("/bench/out/")
              && !p.toString().contains("/.git/"))
          .sorted()
          .toList();
    }
  }

  static String text(Path p) {
    try {
      return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(p))).toString();
    } catch (CharacterCodingException e) {
      return null;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void everyYamlFileOfTheRepositoryAndTheCorporaReadsAlike() throws IOException {
    List<Path> files = new ArrayList<>(yamlFiles(ROOT));
    files.addAll(yamlFiles(ROOT.resolve("../shared/corpora").normalize()));
    int whole = 0;
    int compared = 0;
    for (Path p : files) {
      String text = text(p);
      if (text == null || text.length() > 5_000_000) {
        continue;
      }
      compared++;
      if (compare(text, p.toString()).handed() < 0) {
        whole++;
      }
    }
    assertThat(compared).isGreaterThan(500);
    System.out.printf("fast path: %d of %d files read whole%n", whole, compared);
    // Most manifests are plain block style: if the fast path reads few, it has stopped paying.
    assertThat(whole).isGreaterThan(compared / 2);
  }

  @Test
  void theShippedExampleIsReadWholeByTheFastPath() throws IOException {
    for (Path p : yamlFiles(ROOT.resolve("examples"))) {
      assertThat(compare(text(p), p.toString()).handed()).as("%s", p).isEqualTo(-1);
    }
  }

  // ---- generated streams

  private static final String[] PLAIN = {
    "a", "value", "two words", "x:y", "r:5000/a:1.0", "a#b", "-1", "-x", "1.5", "true", "no", "null", "~", "0o17", "012",
    "http://h:80/p?q=1", "a, b", "{{x}}", "[not]", "é ü", "a  b", "k: v", "a #c", ":x", "?x", "-", "--- x",
    "a\tb", "@x", "`x", "%x", "!x", "&a x", "*a", "|", ">", "'", "\"", "a'b", "1e3", "C:\\path",
    "=", "<<", "...", "x ", "a:", "key:value"
  };
  private static final String[] QUOTED = {
    "\"\"", "\"a\"", "\"a b\"", "\"a\\\"b\"", "\"\\n\\t\\\\\"", "\"\\u00e9\\x41\"", "\"a: b\"", "\"# no\"",
    "''", "'a'", "'it''s'", "'a: b'", "\"\\q\"", "\"open", "'open", "\"\\U0001F600\"", "\"a\" x"
  };

  /** Half the streams are tame: only the first of these shapes, which the fast path reads. */
  private static boolean tame;

  private static int pick(Random r, int all, int safe) {
    return r.nextInt(tame ? safe : all);
  }

  private static boolean rarely(Random r, int oneIn) {
    return !tame && r.nextInt(oneIn) == 0;
  }

  private static String scalar(Random r) {
    return r.nextInt(3) == 0 ? QUOTED[pick(r, QUOTED.length, 12)] : PLAIN[pick(r, PLAIN.length, 25)];
  }

  private static String key(Random r) {
    String[] keys = {"name", "app.kubernetes.io/name", "a b", "\"quoted\"", "'single'", "k", "name", "x:y",
        "-k", "1", "true", "<<", "? k", "\"dup\"", "dup"};
    return keys[pick(r, keys.length, 10)];
  }

  private static String flow(Random r, int depth) {
    StringBuilder b = new StringBuilder();
    boolean map = r.nextBoolean();
    b.append(map ? '{' : '[');
    int n = r.nextInt(4);
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        b.append(rarely(r, 8) ? "," : ", ");
      }
      if (map) {
        b.append(key(r)).append(rarely(r, 8) ? ":" : ": ");
      }
      b.append(depth < 2 && r.nextInt(4) == 0 ? flow(r, depth + 1) : scalar(r));
    }
    if (rarely(r, 10)) {
      b.append(',');
    }
    b.append(map ? '}' : ']');
    return b.toString();
  }

  private static String blockScalar(Random r, int indent) {
    StringBuilder b = new StringBuilder();
    boolean folded = r.nextBoolean();
    b.append(folded ? '>' : '|').append(new String[] {"", "-", "+", " # c", "2"}[pick(r, 5, 4)]).append('\n');
    int lines = 1 + r.nextInt(4);
    int extra = rarely(r, 6) ? 0 : 2;
    for (int i = 0; i < lines; i++) {
      int more = (!tame || !folded) && r.nextInt(6) == 0 ? 2 : 0;
      if (i > 0 && r.nextInt(5) == 0) {
        b.append(" ".repeat(r.nextInt(indent + 4))).append('\n');
      }
      b.append(" ".repeat(indent + extra + more)).append(r.nextBoolean() ? "text line" : "x: y  ").append('\n');
    }
    if (r.nextInt(4) == 0) {
      b.append('\n');
    }
    return b.toString();
  }

  private static void block(Random r, StringBuilder b, int indent, int depth) {
    boolean seq = r.nextInt(3) == 0;
    int entries = 1 + r.nextInt(4);
    for (int i = 0; i < entries; i++) {
      int at = indent + (rarely(r, 25) ? 1 : 0);
      if (r.nextInt(12) == 0) {
        b.append(" ".repeat(r.nextInt(6))).append(r.nextBoolean() ? "# comment\n" : "\n");
      }
      b.append(" ".repeat(at));
      if (seq) {
        b.append(rarely(r, 10) ? "-" : "- ");
      } else {
        b.append(key(r)).append(rarely(r, 15) ? " :" : ":");
      }
      int kind = r.nextInt(10);
      if (depth < 4 && kind < 3) {
        if (seq && r.nextBoolean()) {
          // a compact mapping or sequence on the dash's line
          StringBuilder inner = new StringBuilder();
          block(r, inner, at + 2, depth + 1);
          b.append(inner.substring(at + 2 - (rarely(r, 10) ? 1 : 0)));
        } else {
          b.append(r.nextInt(6) == 0 ? " # c\n" : "\n");
          int child = !seq && r.nextInt(3) == 0 ? at : at + 2 + (rarely(r, 8) ? 1 : 0);
          block(r, b, child, depth + 1);
        }
      } else if (kind < 5) {
        b.append(' ').append(flow(r, 0)).append('\n');
      } else if (kind < 6) {
        b.append(' ').append(blockScalar(r, at));
      } else if (kind < 7) {
        b.append(r.nextBoolean() ? "\n" : " # only a comment\n");
      } else {
        b.append(' ').append(scalar(r)).append(r.nextInt(6) == 0 ? "   # trailing" : "").append('\n');
        if (rarely(r, 15)) {
          b.append(" ".repeat(at + 2)).append("continued\n");
        }
      }
    }
  }

  @Test
  void generatedStreamsReadAlike() {
    Random r = new Random(20261122);
    int whole = 0;
    int streams = 20_000;
    for (int i = 0; i < streams; i++) {
      tame = i % 2 == 0;
      StringBuilder b = new StringBuilder();
      int docs = 1 + r.nextInt(3);
      for (int d = 0; d < docs; d++) {
        if (d > 0 || r.nextBoolean()) {
          b.append(new String[] {"---\n", "--- # doc\n", "---\n\n", "--- x\n", "...\n---\n"}[pick(r, 5, 3)]);
        }
        if (r.nextInt(20) > 0) {
          block(r, b, r.nextInt(10) == 0 ? 2 : 0, 0);
        }
      }
      String text = b.toString();
      if (r.nextInt(10) == 0) {
        text = text.replace("\n", "\r\n");
      }
      if (r.nextInt(10) == 0 && text.endsWith("\n")) {
        text = text.substring(0, text.length() - 1);
      }
      if (compare(text, "generated-" + i).handed() < 0) {
        whole++;
      } else if (tame && Boolean.getBoolean("kubeward.showDeclined")) {
        System.out.println("=== declined:\n" + text);
      }
    }
    System.out.printf("fast path: %d of %d generated streams read whole%n", whole, streams);
    assertThat(whole).isGreaterThan(streams / 8);
  }
}
