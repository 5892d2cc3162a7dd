package dev.kubeward.checks.data;

import dev.kubeward.core.check.Findings;
import dev.kubeward.core.check.ResourceCheck;
import dev.kubeward.core.model.Resource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/** The checks of an audit policy file ({@code audit.k8s.io} Policy). */
abstract class AuditCheck implements ResourceCheck {

  @Override
  public final Set<String> kinds() {
    return Set.of("Policy");
  }

  @Override
  public final void check(Resource resource, Findings findings) {
    AuditPolicy.of(resource).ifPresent(policy -> check(policy, findings));
  }

  abstract void check(AuditPolicy policy, Findings findings);

  /** Hits grouped by the rule that decides them (empty: no rule), in rule order, no rule last. */
  static Map<Optional<AuditPolicy.Rule>, List<AuditPolicy.Hit>> byRule(List<AuditPolicy.Hit> hits, Predicate<AuditPolicy.Hit> keep) {
    Map<Optional<AuditPolicy.Rule>, List<AuditPolicy.Hit>> out = new LinkedHashMap<>();
    hits.stream().filter(keep)
        .sorted(java.util.Comparator.comparingInt(h -> h.rule().map(AuditPolicy.Rule::index).orElse(Integer.MAX_VALUE)))
        .forEach(h -> out.computeIfAbsent(h.rule(), k -> new ArrayList<>()).add(h));
    return out;
  }

  /** A few distinct requests of the hits, as "get pods/exec, create pods/exec" (who, when the rule narrows it). */
  static String examples(List<AuditPolicy.Hit> hits) {
    List<String> seen = new ArrayList<>();
    for (AuditPolicy.Hit h : hits) {
      String d = h.request().describe() + h.who();
      if (!seen.contains(d)) {
        seen.add(d);
      }
    }
    return seen.size() <= 4 ? String.join(", ", seen) : String.join(", ", seen.subList(0, 4)) + " and " + (seen.size() - 4) + " more";
  }

  /** Requests no rule logs, reported at the rule that drops them (level None) or at the rules list. */
  static void reportUnlogged(AuditPolicy policy, List<AuditPolicy.Hit> hits, String what, Findings findings) {
    byRule(hits, h -> h.level().equals("None")).forEach((rule, list) -> {
      if (rule.isPresent()) {
        findings.at(rule.get().levelField()).report("%s (level None) drops %s: %s leave no audit record",
            rule.get().label(), examples(list), what);
      } else {
        findings.at(policy.rulesField()).report("no rule matches %s, so they are not logged: %s leave no audit record",
            examples(list), what);
      }
    });
  }
}
