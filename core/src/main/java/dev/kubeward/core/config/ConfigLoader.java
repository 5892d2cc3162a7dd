package dev.kubeward.core.config;

import dev.kubeward.core.KubewardException;
import dev.kubeward.core.check.Catalog;
import dev.kubeward.core.check.Rule;
import dev.kubeward.core.check.Severity;
import dev.kubeward.core.model.Field;
import dev.kubeward.core.source.InputProblem;
import dev.kubeward.core.source.SourceFile;
import dev.kubeward.core.source.SourceText;
import dev.kubeward.core.yaml.YamlDocument;
import dev.kubeward.core.yaml.YamlLoader;
import dev.kubeward.core.yaml.YamlProblem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads {@code .kubeward.yaml}. Every mistake (an unknown key, a rule name that names no rule, a
 * wrong type, an exception without a reason) is an error with its line and column; all of them
 * are collected and reported together, in the order of the file.
 */
public final class ConfigLoader {

  public static final String FILE_NAME = ".kubeward.yaml";

  private static final Set<String> TOP = Set.of("failOn", "rules", "exclude", "checks", "exceptions");
  private static final Set<String> RULES = Set.of("disable", "enableOnly", "severity");
  private static final Set<String> EXCEPTION =
      Set.of("rule", "rules", "kind", "namespace", "name", "container", "reason", "expires");

  private final Catalog catalog;
  private final List<InputProblem> problems = new ArrayList<>();
  private String file = "";

  public ConfigLoader(Catalog catalog) {
    this.catalog = catalog;
  }

  /** The file in {@code root} when there is one (a file root's folder), else the empty config. */
  public Config discover(Path root) {
    Path dir = Files.isDirectory(root) ? root : root.toAbsolutePath().getParent();
    if (dir == null) {
      return Config.EMPTY;
    }
    Path candidate = dir.resolve(FILE_NAME);
    return Files.isRegularFile(candidate) ? load(candidate) : Config.EMPTY;
  }

  public Config load(Path path) {
    SourceFile source = SourceFile.of(path, Path.of(""));
    return switch (SourceText.read(source)) {
      case SourceText.Unreadable u -> throw new KubewardException(List.of(u.problem()));
      case SourceText.Text t -> parse(source.name(), t.text());
    };
  }

  public Config parse(String name, String text) {
    file = name;
    problems.clear();
    List<YamlDocument> docs = YamlLoader.plain().load(text, name);
    for (YamlDocument d : docs) {
      for (YamlProblem p : d.problems()) {
        problems.add(InputProblem.error(name, p.line(), p.column(), p.message()));
      }
    }
    Optional<Field> root = docs.stream().flatMap(d -> d.root().stream()).findFirst().map(Field::root);
    if (docs.stream().filter(d -> d.root().isPresent()).count() > 1) {
      problems.add(InputProblem.error(name, 1, 1, "the configuration must be one YAML document"));
    }
    Config config = root.map(this::config).orElse(Config.EMPTY);
    if (!problems.isEmpty()) {
      problems.sort(Comparator.comparingInt(InputProblem::line).thenComparingInt(InputProblem::column));
      throw new KubewardException(List.copyOf(problems));
    }
    return new Config(
        config.disable(),
        config.enableOnly(),
        config.severity(),
        config.exclude(),
        config.exceptions(),
        config.checkOptions(),
        config.failOn(),
        Optional.of(name));
  }

  private Config config(Field root) {
    if (!mapping(root, "the configuration")) {
      return Config.EMPTY;
    }
    knownKeys(root, TOP, "");
    Optional<Severity> failOn = root.get("failOn").flatMap(f -> severity(f));
    List<String> disable = new ArrayList<>();
    List<String> enableOnly = new ArrayList<>();
    Map<String, Severity> severities = new LinkedHashMap<>();
    root.get("rules").filter(f -> mapping(f, "rules")).ifPresent(rules -> {
      knownKeys(rules, RULES, "rules.");
      rules.get("disable").ifPresent(f -> ruleList(f).forEach(r -> disable.add(r.id())));
      rules.get("enableOnly").ifPresent(f -> ruleList(f).forEach(r -> enableOnly.add(r.id())));
      rules.get("severity").filter(f -> mapping(f, "rules.severity")).ifPresent(m -> {
        for (Field.Entry e : m.entries()) {
          Optional<Rule> rule = rule(e.key(), e.value());
          Optional<Severity> sev = severity(e.value());
          if (rule.isPresent() && sev.isPresent()) {
            severities.put(rule.get().id(), sev.get());
          }
        }
      });
    });
    List<Glob> exclude = new ArrayList<>();
    root.get("exclude").ifPresent(f -> strings(f, "exclude").forEach(s -> exclude.add(Glob.of(s))));
    Map<String, Field> options = new LinkedHashMap<>();
    root.get("checks").filter(f -> mapping(f, "checks")).ifPresent(m -> {
      for (Field.Entry e : m.entries()) {
        rule(e.key(), e.value()).ifPresent(r -> {
          if (mapping(e.value(), "checks." + e.key())) {
            options.put(r.id(), e.value());
          }
        });
      }
    });
    List<ConfigException> exceptions = new ArrayList<>();
    root.get("exceptions").ifPresent(list -> {
      if (!list.isSeq()) {
        error(list, "exceptions must be a list, found " + list.shape());
        return;
      }
      for (Field item : list.items()) {
        exception(item).ifPresent(exceptions::add);
      }
    });
    return new Config(
        List.copyOf(disable),
        List.copyOf(enableOnly),
        Map.copyOf(severities),
        List.copyOf(exclude),
        List.copyOf(exceptions),
        Map.copyOf(options),
        failOn,
        Optional.empty());
  }

  private Optional<ConfigException> exception(Field item) {
    if (!mapping(item, "an exception")) {
      return Optional.empty();
    }
    knownKeys(item, EXCEPTION, "exceptions[].");
    List<String> rules = new ArrayList<>();
    item.get("rule").flatMap(f -> rule(f.text().orElse(""), f)).ifPresent(r -> rules.add(r.id()));
    item.get("rules").ifPresent(f -> ruleList(f).forEach(r -> rules.add(r.id())));
    if (rules.isEmpty() && item.get("rule").isEmpty() && item.get("rules").isEmpty()) {
      error(item, "an exception needs `rule` (or `rules`): the id or slug of the rule it exempts");
    }
    Optional<String> reason = item.get("reason").flatMap(Field::text).filter(s -> !s.isBlank());
    if (reason.isEmpty()) {
      error(item, "an exception needs a `reason`: say why the finding is accepted");
    }
    Optional<LocalDate> expires = Optional.empty();
    Optional<Field> exp = item.get("expires");
    if (exp.isPresent()) {
      try {
        expires = Optional.of(LocalDate.parse(exp.get().text().orElse("")));
      } catch (DateTimeParseException e) {
        error(exp.get(), "expires must be a date as YYYY-MM-DD, found " + exp.get().text().orElse(exp.get().shape()));
      }
    }
    return Optional.of(
        new ConfigException(
            List.copyOf(rules),
            matcher(item, "kind"),
            matcher(item, "namespace").map(Glob::of),
            matcher(item, "name").map(Glob::of),
            matcher(item, "container"),
            reason.orElse(""),
            expires,
            file + ":" + item.line() + ":" + item.column()));
  }

  /**
   * A match key of an exception. One that is present but not a text (a list, a mapping, null) is
   * an error: read as absent, it would widen the exception to every resource.
   */
  private Optional<String> matcher(Field item, String key) {
    // entries() keeps keys whose value is empty: `container:` must not silently match everything.
    Optional<Field> f = item.entries().stream().filter(e -> e.key().equals(key)).map(Field.Entry::value).findFirst();
    Optional<String> text = f.flatMap(Field::text).filter(t -> !t.isBlank());
    if (f.isPresent() && text.isEmpty()) {
      error(f.get(), key + " must be a single name or pattern, found " + f.get().shape()
          + "; leave it out to match every " + key + ", or write one exception per value");
    }
    return text;
  }

  private List<Rule> ruleList(Field f) {
    List<Rule> out = new ArrayList<>();
    if (!f.isSeq()) {
      error(f, "expected a list of rule ids or slugs, found " + f.shape());
      return out;
    }
    for (Field item : f.items()) {
      rule(item.text().orElse(""), item).ifPresent(out::add);
    }
    return out;
  }

  private Optional<Rule> rule(String name, Field at) {
    Optional<Rule> r = catalog.find(name);
    if (r.isEmpty()) {
      error(at, "no rule is named \"" + name + "\"; `kubeward rules` lists the ids and slugs");
    }
    return r;
  }

  private Optional<Severity> severity(Field f) {
    Optional<Severity> s = f.text().flatMap(Severity::parse);
    if (s.isEmpty()) {
      error(f, "expected a severity (critical, high, medium, low, info), found " + f.text().orElse(f.shape()));
    }
    return s;
  }

  private List<String> strings(Field f, String what) {
    if (!f.isSeq()) {
      error(f, what + " must be a list of strings, found " + f.shape());
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (Field item : f.items()) {
      item.text().ifPresentOrElse(out::add, () -> error(item, what + " entries must be strings"));
    }
    return out;
  }

  private boolean mapping(Field f, String what) {
    if (!f.isMap()) {
      error(f, what + " must be a mapping, found " + f.shape());
      return false;
    }
    return true;
  }

  private void knownKeys(Field map, Set<String> known, String prefix) {
    for (Field.Entry e : map.entries()) {
      if (!known.contains(e.key())) {
        error(
            e.value(),
            "unknown setting \"" + prefix + e.key() + "\"; known here: " + String.join(", ", new java.util.TreeSet<>(known)));
      }
    }
  }

  private void error(Field at, String message) {
    problems.add(InputProblem.error(file, at.line(), at.column(), message));
  }
}
