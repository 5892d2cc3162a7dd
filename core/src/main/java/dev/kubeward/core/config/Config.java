package dev.kubeward.core.config;

import dev.kubeward.core.check.Severity;
import dev.kubeward.core.model.Field;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The settings of {@code .kubeward.yaml}. Rule names are ids, slugs or aliases, resolved against
 * the catalog when the configuration is loaded, so a typo is an error, not a silent no-op.
 *
 * @param disable rules that do not run
 * @param enableOnly when non-empty, only these rules run
 * @param severity per-rule severity overrides, by rule id
 * @param exclude path globs of files and folders not scanned
 * @param exceptions findings exempted, with reasons
 * @param checkOptions per-rule options, by rule id
 * @param failOn the default for {@code --fail-on}
 * @param source the configuration file's name, or empty when none was read
 */
public record Config(
    List<String> disable,
    List<String> enableOnly,
    Map<String, Severity> severity,
    List<Glob> exclude,
    List<ConfigException> exceptions,
    Map<String, Field> checkOptions,
    Optional<Severity> failOn,
    Optional<String> source) {

  public static final Config EMPTY =
      new Config(List.of(), List.of(), Map.of(), List.of(), List.of(), Map.of(), Optional.empty(), Optional.empty());

  public boolean excludes(String fileName) {
    return exclude.stream().anyMatch(g -> g.matchesPath(fileName));
  }

  /** Whether the rule with this id runs. */
  public boolean runs(String ruleId) {
    if (disable.contains(ruleId)) {
      return false;
    }
    return enableOnly.isEmpty() || enableOnly.contains(ruleId);
  }
}
