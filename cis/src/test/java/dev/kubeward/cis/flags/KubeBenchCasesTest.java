package dev.kubeward.cis.flags;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kubeward.cis.Component;
import dev.kubeward.core.model.Field;
import dev.kubeward.core.yaml.YamlDocument;
import dev.kubeward.core.yaml.YamlLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * kube-bench's own unit cases (../shared/corpora/cis-kube-bench), run through kubeward's flag
 * parsing, configuration lookup and comparisons: {@code compare_op_tests.jsonl} (an operator, a
 * value found, a value to compare, the expected outcome) and {@code check_tests.jsonl} (a process
 * line, a configuration text or an environment, and the expected PASS or FAIL of a test written
 * out as kube-bench words it: {@code '--flag' is equal to 'x' AND ...}).
 */
class KubeBenchCasesTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * The five exception cases carry no result text; their tests are those of kube-bench's test
   * data (check/data, checks 23 to 26): a path lookup on broken input, a path that is missing.
   */
  private static final Map<Integer, String> WITHOUT_TEXT = Map.of(
      23, "'{.authentication.anonymous.enabled}' is equal to 'false'",
      24, "'{.missingClosingBrace}' is present",
      25, "'{.authentication.anonymous.enabled}' is equal to 'false'");

  static Path corpus() {
    Path dir = Path.of(System.getProperty("kubeward.projectRoot", "..")).resolve("../shared/corpora/cis-kube-bench");
    Assumptions.assumeTrue(Files.isDirectory(dir),
        "skipped: kube-bench's cases (../shared/corpora/cis-kube-bench) are not beside this checkout");
    return dir;
  }

  @TestFactory
  Stream<DynamicTest> compareOperators() throws IOException {
    List<String> lines = Files.readAllLines(corpus().resolve("compare_op_tests.jsonl"));
    assertThat(lines).hasSizeGreaterThanOrEqualTo(70);
    return lines.stream().map(line -> {
      JsonNode n = read(line);
      return DynamicTest.dynamicTest(n.get("label").asText(), () -> {
        boolean result = Comparison.parse(n.get("op").asText())
            .map(op -> op.test(n.get("flagVal").asText(), n.get("compareValue").asText()))
            .orElse(false);
        assertThat(result).as(line).isEqualTo(n.get("expected_testResult").asBoolean());
      });
    });
  }

  @TestFactory
  Stream<DynamicTest> checks() throws IOException {
    List<String> lines = Files.readAllLines(corpus().resolve("check_tests.jsonl"));
    assertThat(lines).hasSizeGreaterThanOrEqualTo(42);
    Map<Integer, String> texts = new java.util.HashMap<>(WITHOUT_TEXT);
    for (String line : lines) {
      JsonNode n = read(line);
      if (!n.get("expected_result_text").asText().isEmpty()) {
        texts.putIfAbsent(n.get("check_index").asInt(), n.get("expected_result_text").asText());
      }
    }
    List<DynamicTest> tests = new ArrayList<>();
    for (String line : lines) {
      JsonNode n = read(line);
      String text = texts.get(n.get("check_index").asInt());
      tests.add(DynamicTest.dynamicTest(n.get("check_index").asInt() + " " + n.get("check_text").asText(), () -> {
        assertThat(text).as("the test of case %s", line).isNotNull();
        boolean pass = evaluate(text, n.get("audit_output").asText(), n.get("audit_config_output").asText(),
            n.get("audit_env_output").asText());
        assertThat(pass ? "PASS" : "FAIL").as("%s on %s", text, line).isEqualTo(n.get("expected").asText());
      }));
    }
    return tests.stream();
  }

  /** One test item of kube-bench's wording: what it reads, whether it must be set, how it compares. */
  record Item(String name, boolean set, Optional<Comparison> op, String value) {}

  private static final Pattern QUOTED = Pattern.compile("'([^']*)' (.*)");
  private static final Pattern BITMASK = Pattern.compile("(\\S+) has permissions \\S+, expected (\\S+) or more restrictive");

  static boolean evaluate(String text, String audit, String config, String env) {
    boolean and = text.contains(" AND ");
    List<Boolean> results = new ArrayList<>();
    for (String part : text.split(" AND | OR ")) {
      Item item = parse(part);
      results.add(evaluate(item, audit, config, env));
    }
    return and ? results.stream().allMatch(b -> b) : results.stream().anyMatch(b -> b);
  }

  static Item parse(String part) {
    Matcher bitmask = BITMASK.matcher(part);
    if (bitmask.matches()) {
      return new Item(bitmask.group(1), true, Optional.of(Comparison.BITMASK), bitmask.group(2));
    }
    Matcher m = QUOTED.matcher(part);
    if (!m.matches()) {
      throw new IllegalArgumentException("not a kube-bench test: " + part);
    }
    String name = m.group(1);
    String rest = m.group(2);
    record Form(String prefix, Comparison op) {}
    List<Form> forms = List.of(new Form("is equal to ", Comparison.EQ), new Form("is not equal to ", Comparison.NOTEQ),
        new Form("is greater or equal to ", Comparison.GTE), new Form("is greater than ", Comparison.GT),
        new Form("is lower or equal to ", Comparison.LTE), new Form("is lower than ", Comparison.LT),
        new Form("does not have ", Comparison.NOTHAVE), new Form("has ", Comparison.HAS),
        new Form("matched by regex expression ", Comparison.REGEX),
        new Form("contains valid elements from ", Comparison.VALID_ELEMENTS));
    if (rest.equals("is present")) {
      return new Item(name, true, Optional.empty(), "");
    }
    if (rest.equals("is not present")) {
      return new Item(name, false, Optional.empty(), "");
    }
    for (Form f : forms) {
      if (rest.startsWith(f.prefix())) {
        String v = rest.substring(f.prefix().length());
        if (v.startsWith("'") && v.endsWith("'") && v.length() >= 2) {
          v = v.substring(1, v.length() - 1);
        }
        return new Item(name, true, Optional.of(f.op()), v);
      }
    }
    throw new IllegalArgumentException("unknown comparison in: " + part);
  }

  /** Reads the item's value from where its name says (a flag, a config path, an environment variable, a key) and judges it. */
  static boolean evaluate(Item item, String audit, String config, String env) {
    Optional<String> found;
    if (item.name().startsWith("{")) {
      Optional<Optional<String>> v = path(item.name(), config);
      if (v.isEmpty()) {
        return false; // unreadable configuration or broken path: the test fails
      }
      found = v.get().filter(s -> !s.isEmpty());
    } else if (item.name().startsWith("-")) {
      Flags flags = Flags.parse(Arg.ofLine(audit), booleans());
      found = flags.last(item.name().replaceFirst("^-+", "")).map(Flags.Occurrence::value);
    } else if (item.name().matches("[A-Z][A-Z0-9_]*")) {
      found = env.lines().filter(l -> l.startsWith(item.name() + "=")).map(l -> l.substring(item.name().length() + 1))
          .filter(s -> !s.isEmpty()).reduce((a, b) -> b);
    } else {
      found = keyed(item.name(), audit);
    }
    if (!item.set()) {
      return found.isEmpty();
    }
    if (item.op().isEmpty() || found.isEmpty()) {
      return found.isPresent() && item.op().isEmpty();
    }
    return item.op().get().test(found.get(), item.value());
  }

  /** {@code {.a.b}} in a YAML or JSON text: empty when the text or the path is broken, else the value if any. */
  static Optional<Optional<String>> path(String expression, String text) {
    if (!expression.matches("\\{\\.[A-Za-z0-9_.]+}")) {
      return Optional.empty();
    }
    List<YamlDocument> docs;
    try {
      docs = YamlLoader.plain().load(text, "config");
    } catch (RuntimeException e) {
      return Optional.empty();
    }
    if (docs.stream().anyMatch(YamlDocument::hasFatalProblem)) {
      return Optional.empty();
    }
    String[] keys = expression.substring(2, expression.length() - 1).split("\\.");
    return Optional.of(docs.stream().findFirst().flatMap(YamlDocument::root).map(Field::root)
        .flatMap(r -> r.at(keys)).flatMap(Field::text));
  }

  /** A value written {@code key=value}, {@code key:value} or {@code key: value} in a command's output. */
  static Optional<String> keyed(String key, String text) {
    List<String> tokens = List.of(text.strip().split("\\s+"));
    for (int i = 0; i < tokens.size(); i++) {
      String t = tokens.get(i);
      for (String sep : List.of("=", ":")) {
        if (t.startsWith(key + sep)) {
          String v = t.substring(key.length() + 1);
          if (v.isEmpty() && sep.equals(":") && i + 1 < tokens.size()) {
            v = tokens.get(i + 1);
          }
          return Optional.of(v);
        }
      }
    }
    return Optional.empty();
  }

  /** Every component's boolean flags: a process line of unknown origin could be any of them. */
  private static Set<String> booleans() {
    Set<String> out = new HashSet<>();
    for (Component c : Component.values()) {
      out.addAll(c.booleanFlags());
    }
    return out;
  }

  private static JsonNode read(String line) {
    try {
      return JSON.readTree(line);
    } catch (IOException e) {
      throw new IllegalArgumentException(line, e);
    }
  }
}
