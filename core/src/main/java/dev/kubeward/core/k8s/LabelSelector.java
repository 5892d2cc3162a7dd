package dev.kubeward.core.k8s;

import dev.kubeward.core.model.Field;
import dev.kubeward.core.source.InputProblem;
import dev.kubeward.core.yaml.MapNode;
import dev.kubeward.core.yaml.Node;
import dev.kubeward.core.yaml.ScalarNode;
import dev.kubeward.core.yaml.Scalars;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A Kubernetes label selector ({@code matchLabels} and {@code matchExpressions}, ANDed), read and
 * matched exactly as the API server validates it and as {@code metav1.LabelSelectorAsSelector}
 * matches it: {@code NotIn} and {@code DoesNotExist} match objects without the key; the empty
 * selector matches everything. Values are canonical (sorted, deduplicated), so equal selectors
 * are equal records and can key caches. What an absent selector means depends on the field that
 * holds it, so absence is the caller's {@code Optional}, never a special selector.
 *
 * @param matchLabels required key/value pairs (kept sorted by key)
 * @param expressions requirements, sorted by key, operator and values
 */
public record LabelSelector(Map<String, String> matchLabels, List<Requirement> expressions) {

  private static final Comparator<Requirement> ORDER = Comparator.comparing(Requirement::key)
      .thenComparing(Requirement::operator)
      .thenComparing(r -> String.join(",", r.values()));

  /** The selector that matches everything: {@code {}}. */
  public static final LabelSelector EVERYTHING = new LabelSelector(new TreeMap<>(), List.of());

  /** The four operators of a requirement. */
  public enum Operator {
    IN("In"), NOT_IN("NotIn"), EXISTS("Exists"), DOES_NOT_EXIST("DoesNotExist");

    private final String text;

    Operator(String text) {
      this.text = text;
    }

    /** The operator as written in a manifest. */
    public String text() {
      return text;
    }

    /** The operator written {@code text} (case-sensitive, as the API server reads it). */
    public static Optional<Operator> parse(String text) {
      for (Operator o : values()) {
        if (o.text.equals(text)) {
          return Optional.of(o);
        }
      }
      return Optional.empty();
    }
  }

  /** One {@code matchExpressions} item; {@code values} sorted and without duplicates. */
  public record Requirement(String key, Operator operator, List<String> values) {

    public Requirement {
      values = List.copyOf(new TreeSet<>(values));
    }

    public boolean matches(Map<String, String> labels) {
      String value = labels.get(key);
      return switch (operator) {
        case IN -> value != null && values.contains(value);
        case NOT_IN -> value == null || !values.contains(value);
        case EXISTS -> value != null;
        case DOES_NOT_EXIST -> value == null;
      };
    }

    /** As {@code kubectl} writes it: {@code tier in (a,b)}, {@code tier notin (a)}, {@code tier}, {@code !tier}. */
    @Override
    public String toString() {
      return switch (operator) {
        case IN -> key + " in (" + String.join(",", values) + ")";
        case NOT_IN -> key + " notin (" + String.join(",", values) + ")";
        case EXISTS -> key;
        case DOES_NOT_EXIST -> "!" + key;
      };
    }
  }

  public LabelSelector {
    matchLabels = Collections.unmodifiableSortedMap(new TreeMap<>(matchLabels));
    if (expressions.isEmpty()) {
      expressions = List.of(); // what sorting no requirement gives, without the sorting
    } else {
      TreeSet<Requirement> sorted = new TreeSet<>(ORDER);
      sorted.addAll(expressions);
      expressions = List.copyOf(sorted);
    }
  }

  /** A selector of {@code matchLabels} only, as a Service's selector or {@code kubectl -l a=b}. */
  public static LabelSelector of(Map<String, String> matchLabels) {
    return new LabelSelector(new TreeMap<>(matchLabels), List.of());
  }

  public boolean isEmpty() {
    return matchLabels.isEmpty() && expressions.isEmpty();
  }

  /** Whether an object with these labels is selected. */
  public boolean matches(Map<String, String> labels) {
    for (Map.Entry<String, String> e : matchLabels.entrySet()) {
      if (!e.getValue().equals(labels.get(e.getKey()))) {
        return false;
      }
    }
    for (Requirement r : expressions) {
      if (!r.matches(labels)) {
        return false;
      }
    }
    return true;
  }

  /** Every label key the selector reads. */
  public Set<String> keys() {
    Set<String> keys = new TreeSet<>(matchLabels.keySet());
    expressions.forEach(r -> keys.add(r.key()));
    return keys;
  }

  /** The values the selector compares {@code key} with (empty for keys it only tests for presence). */
  public Set<String> valuesOf(String key) {
    Set<String> values = new TreeSet<>();
    Optional.ofNullable(matchLabels.get(key)).ifPresent(values::add);
    expressions.stream().filter(r -> r.key().equals(key)).forEach(r -> values.addAll(r.values()));
    return values;
  }

  /** As {@code kubectl} writes a selector: {@code app=web,tier in (a,b),!debug}; empty for {@code {}}. */
  @Override
  public String toString() {
    List<String> parts = new ArrayList<>();
    matchLabels.forEach((k, v) -> parts.add(k + "=" + v));
    expressions.forEach(r -> parts.add(r.toString()));
    return String.join(",", parts);
  }

  /** A selector read from a manifest, or the problems that make the API server reject it. */
  public record Read(Optional<LabelSelector> selector, List<InputProblem> problems) {}

  private static final Set<String> FIELDS = Set.of("matchLabels", "matchExpressions");
  private static final Set<String> EXPRESSION_FIELDS = Set.of("key", "operator", "values");

  /**
   * Reads and validates {@code field} (a {@code LabelSelector} mapping) as the API server would:
   * unknown fields, a non-string label value, an unknown operator, values given to
   * {@code Exists}/{@code DoesNotExist} or missing for {@code In}/{@code NotIn}, invalid keys
   * and values are errors at their line and column. The selector is absent when there is any.
   */
  public static Read read(Field field, String file) {
    if (field.node() instanceof MapNode m) {
      Map<String, String> labels = plainMatchLabels(m);
      if (labels != null) {
        return new Read(Optional.of(new LabelSelector(labels, List.of())), List.of());
      }
    }
    return readFully(field, file);
  }

  /** {@link #read} field by field, whatever the selector: LabelSelectorReadTest compares the two. */
  static Read readFully(Field field, String file) {
    List<InputProblem> problems = new ArrayList<>();
    if (!field.isMap()) {
      problems.add(error(file, field, field.path() + " must be a label selector mapping (matchLabels, matchExpressions), found " + field.shape()));
      return new Read(Optional.empty(), problems);
    }
    for (Field.Entry e : field.entries()) {
      if (!FIELDS.contains(e.key())) {
        problems.add(error(file, e.value(), "unknown field \"" + e.key() + "\" in " + field.path()
            + "; a label selector has matchLabels and matchExpressions"));
      }
    }
    Map<String, String> labels = new TreeMap<>();
    field.get("matchLabels").ifPresent(m -> {
      if (!m.isMap()) {
        problems.add(error(file, m, m.path() + " must be a mapping of label keys to values, found " + m.shape()));
        return;
      }
      for (Field.Entry e : m.entries()) {
        Field v = e.value();
        if (v.isNull()) {
          checkKey(e.key(), v, file, problems);
          labels.put(e.key(), ""); // JSON null leaves a map's string value empty
          continue;
        }
        if (!isString(v)) {
          problems.add(error(file, v, m.path() + "." + e.key() + " must be a string, found " + v.shape()
              + (v.text().isPresent() ? "; quote it: \"" + v.text().get() + "\"" : "")));
          continue;
        }
        checkKey(e.key(), v, file, problems);
        checkValue(v.text().orElse(""), v, file, problems);
        labels.put(e.key(), v.text().orElse(""));
      }
    });
    List<Requirement> requirements = new ArrayList<>();
    field.get("matchExpressions").ifPresent(list -> {
      if (!list.isSeq()) {
        problems.add(error(file, list, list.path() + " must be a list, found " + list.shape()));
        return;
      }
      for (Field item : list.items()) {
        readRequirement(item, file, problems).ifPresent(requirements::add);
      }
    });
    return problems.isEmpty()
        ? new Read(Optional.of(new LabelSelector(labels, requirements)), List.of())
        : new Read(Optional.empty(), List.copyOf(problems));
  }

  /**
   * The labels of a selector of the common form, read straight from the nodes: no field but
   * {@code matchLabels}, which is absent, null or a mapping whose every value is a string and every
   * key and value valid. Null for anything else, which {@link #read} then reads field by field.
   * What is read here is what that read gives for such a selector, with no problem: every check it
   * makes passes (the same checks, on the same texts), and it puts the same labels in the same order.
   */
  private static Map<String, String> plainMatchLabels(MapNode selector) {
    Node matchLabels = null;
    for (int i = 0, n = selector.size(); i < n; i++) {
      if (!selector.name(i).equals("matchLabels") || matchLabels != null) {
        return null;
      }
      matchLabels = selector.value(i);
    }
    Map<String, String> labels = new TreeMap<>();
    if (matchLabels == null || (matchLabels instanceof ScalarNode n && n.isNull())) {
      return labels;
    }
    if (!(matchLabels instanceof MapNode m)) {
      return null;
    }
    for (int i = 0, n = m.size(); i < n; i++) {
      String key = m.name(i);
      if (!(m.value(i) instanceof ScalarNode v) || !isString(v) || !validKey(key) || !validValue(v.value())) {
        return null;
      }
      labels.put(key, v.value());
    }
    return labels;
  }

  private static Optional<Requirement> readRequirement(Field item, String file, List<InputProblem> problems) {
    if (!item.isMap()) {
      problems.add(error(file, item, item.path() + " must be a mapping (key, operator, values), found " + item.shape()));
      return Optional.empty();
    }
    int before = problems.size();
    for (Field.Entry e : item.entries()) {
      if (!EXPRESSION_FIELDS.contains(e.key())) {
        problems.add(error(file, e.value(), "unknown field \"" + e.key() + "\" in " + item.path()
            + "; a requirement has key, operator and values"));
      }
    }
    Optional<Field> key = item.get("key");
    if (key.isEmpty() || !isString(key.get()) || key.get().text().orElse("").isEmpty()) {
      problems.add(error(file, key.orElse(item), item.path() + ".key is required: the label key the requirement tests"));
    } else {
      checkKey(key.get().text().orElseThrow(), key.get(), file, problems);
    }
    Optional<Field> op = item.get("operator");
    Optional<Operator> operator = op.flatMap(Field::text).flatMap(Operator::parse);
    if (op.isEmpty()) {
      problems.add(error(file, item, item.path() + ".operator is required: In, NotIn, Exists or DoesNotExist"));
    } else if (operator.isEmpty()) {
      problems.add(error(file, op.get(), "\"" + op.get().text().orElse(op.get().shape())
          + "\" is not a valid label selector operator; use In, NotIn, Exists or DoesNotExist (case matters)"));
    }
    List<String> values = new ArrayList<>();
    Optional<Field> valuesField = item.get("values");
    valuesField.ifPresent(v -> {
      if (!v.isSeq()) {
        problems.add(error(file, v, v.path() + " must be a list of strings, found " + v.shape()));
        return;
      }
      for (Field value : v.items()) {
        if (!isString(value)) {
          problems.add(error(file, value, value.path() + " must be a string, found " + value.shape()
              + (value.text().isPresent() ? "; quote it: \"" + value.text().get() + "\"" : "")));
        } else {
          checkValue(value.text().orElse(""), value, file, problems);
          values.add(value.text().orElse(""));
        }
      }
    });
    if (operator.isPresent()) {
      Field at = valuesField.orElse(op.orElseThrow());
      switch (operator.get()) {
        case IN, NOT_IN -> {
          if (values.isEmpty() && valuesField.map(Field::isSeq).orElse(true)) {
            problems.add(error(file, at, "values must be non-empty when operator is " + operator.get().text()));
          }
        }
        case EXISTS, DOES_NOT_EXIST -> {
          if (valuesField.map(f -> !f.items().isEmpty()).orElse(false)) {
            problems.add(error(file, at, "values must be empty when operator is " + operator.get().text()));
          }
        }
      }
    }
    if (problems.size() > before) {
      return Optional.empty();
    }
    return Optional.of(new Requirement(key.orElseThrow().text().orElseThrow(), operator.orElseThrow(), values));
  }

  /** A string as the API server's JSON decoder sees it: quoted, or plain but not a number, boolean or null. */
  static boolean isString(Field f) {
    return f.node() instanceof ScalarNode s && isString(s);
  }

  /**
   * {@code Field.shape()} says "a string" of a scalar: not null, not a boolean, not a number.
   * It parses a plain scalar as a number ({@code Scalars.integer}); every number it reads has an
   * ASCII digit and starts with a digit, a sign, a dot or an underscore, so a scalar that does not
   * ({@code app: web}, {@code name: profile-1}: the common cases) is settled without that.
   */
  private static boolean isString(ScalarNode s) {
    return !s.isNull() && Scalars.bool(s).isEmpty() && (!mayBeNumber(s.value()) || Scalars.integer(s).isEmpty());
  }

  private static boolean mayBeNumber(String s) {
    if (s.isEmpty()) {
      return false;
    }
    char c = s.charAt(0);
    return ((c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == '_') && hasDigit(s);
  }

  private static boolean hasDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= '0' && s.charAt(i) <= '9') {
        return true;
      }
    }
    return false;
  }

  /** A label key: an optional DNS-subdomain prefix and a slash, then a name of at most 63 characters. */
  private static void checkKey(String key, Field at, String file, List<InputProblem> problems) {
    if (!validKey(key)) {
      problems.add(error(file, at, "\"" + key + "\" is not a valid label key: a name of at most 63 characters"
          + " (letters, digits, '-', '_', '.'; starting and ending with a letter or digit), optionally prefixed by a"
          + " DNS subdomain and '/'"));
    }
  }

  /** Whether {@code key} is a valid label key (the prefix ends at the last slash). */
  static boolean validKey(String key) {
    // Selectors name the same few keys (app, app.kubernetes.io/name) again and again, and keys read on
    // the fast YAML path are shared strings: the last key found valid is remembered, by reference.
    // Unsynchronised and harmless: a string is immutable, so a thread sees a whole one or an older one.
    if (key == lastValidKey) {
      return true;
    }
    boolean valid = checkKey(key);
    if (valid) {
      lastValidKey = key;
    }
    return valid;
  }

  private static String lastValidKey;

  private static boolean checkKey(String key) {
    int slash = key.lastIndexOf('/');
    String name = slash < 0 ? key : key.substring(slash + 1);
    return name.length() <= 63 && validName(name)
        && (slash < 0 || (slash <= 253 && validDnsSubdomain(key.substring(0, slash))));
  }

  /*
   * The two syntaxes below are the API server's regular expressions, checked by hand: every
   * selector of every NetworkPolicy a scan reads goes through them, and a regex matcher costs
   * several times more. LabelSelectorSyntaxTest proves them equal to the regexes on generated text.
   */

  /** Whether {@code s} matches {@code [A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?} (the length is the caller's). */
  static boolean validName(String s) {
    int n = s.length();
    if (n == 0 || !alnum(s.charAt(0)) || !alnum(s.charAt(n - 1))) {
      return false;
    }
    for (int i = 1; i < n - 1; i++) {
      char c = s.charAt(i);
      if (!alnum(c) && c != '-' && c != '_' && c != '.') {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether {@code s} matches {@code [a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*}: dot-separated
   * labels of lower-case letters, digits and '-', each non-empty and starting and ending with a letter or digit.
   */
  static boolean validDnsSubdomain(String s) {
    int n = s.length();
    int start = 0; // of the current label
    for (int i = 0; i <= n; i++) {
      char c = i < n ? s.charAt(i) : '.';
      if (c == '.') {
        if (i == start || s.charAt(start) == '-' || s.charAt(i - 1) == '-') {
          return false;
        }
        start = i + 1;
      } else if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) {
        return false;
      }
    }
    return true;
  }

  private static boolean alnum(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  /** A label value: empty, or a name of at most 63 characters. */
  private static boolean validValue(String value) {
    return value.isEmpty() || (value.length() <= 63 && validName(value));
  }

  private static void checkValue(String value, Field at, String file, List<InputProblem> problems) {
    if (!validValue(value)) {
      problems.add(error(file, at, "\"" + value + "\" is not a valid label value: at most 63 characters"
          + " (letters, digits, '-', '_', '.'; starting and ending with a letter or digit), or empty"));
    }
  }

  private static InputProblem error(String file, Field at, String message) {
    return InputProblem.error(file, at.line(), at.column(), message);
  }
}
