package dev.kubeward.core.config;

import dev.kubeward.core.check.Catalog;
import dev.kubeward.core.check.Rule;
import dev.kubeward.core.model.Field;
import dev.kubeward.core.source.InputProblem;
import dev.kubeward.core.yaml.MapNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Suppressions written on a resource or its pod template as annotations:
 * {@code ignore.kubeward.dev/<rule>: "<reason>"} for the whole resource, or
 * {@code ignore.kubeward.dev/<rule>.<container>: "<reason>"} for one container. {@code <rule>}
 * is the rule's id or slug. A suppression without a reason, or naming no rule, does not apply
 * and is reported.
 */
public final class InlineSuppressions {

  public static final String PREFIX = "ignore.kubeward.dev/";

  /** One suppression annotation that applies. */
  public record Entry(Rule rule, Optional<String> container, String reason, String source) {
    public boolean covers(Rule r, Optional<String> findingContainer) {
      return rule.equals(r) && (container.isEmpty() || container.equals(findingContainer));
    }
  }

  private InlineSuppressions() {}

  /** Reads the annotations mapping {@code annotations} (of the resource or its pod template). */
  public static List<Entry> read(
      Optional<Field> annotations, Catalog catalog, String file, List<InputProblem> problems) {
    if (annotations.isEmpty() || !hasPrefixedKey(annotations.get())) {
      return List.of();
    }
    List<Entry> out = new ArrayList<>();
    for (Field.Entry e : annotations.get().entries()) {
      if (!e.key().startsWith(PREFIX)) {
        continue;
      }
      String spec = e.key().substring(PREFIX.length());
      int dot = spec.indexOf('.');
      String ruleName = dot < 0 ? spec : spec.substring(0, dot);
      Optional<String> container = dot < 0 ? Optional.empty() : Optional.of(spec.substring(dot + 1));
      Field at = e.value();
      Optional<Rule> rule = catalog.find(ruleName);
      if (rule.isEmpty()) {
        problems.add(
            InputProblem.warning(
                file, at.line(), at.column(),
                "suppression annotation names no rule \"" + ruleName + "\"; use a rule id or slug from `kubeward rules`"));
        continue;
      }
      Optional<String> reason = at.text().map(String::strip).filter(s -> !s.isEmpty());
      if (reason.isEmpty()) {
        problems.add(
            InputProblem.warning(
                file, at.line(), at.column(),
                "suppression of " + rule.get().slug() + " has no reason, so it does not apply; write why as the annotation's value"));
        continue;
      }
      out.add(new Entry(rule.get(), container, reason.get(), file + ":" + at.line() + ":" + at.column()));
    }
    return out;
  }

  /** Whether any key is kubeward's: most resources have annotations, few have suppressions. */
  private static boolean hasPrefixedKey(Field annotations) {
    if (annotations.node() instanceof MapNode map) {
      for (int i = 0, n = map.size(); i < n; i++) {
        if (map.name(i).startsWith(PREFIX)) {
          return true;
        }
      }
    }
    return false;
  }
}
