package dev.kubeward.checks.rbac;

import dev.kubeward.rbac.PolicyRule;
import java.util.ArrayList;
import java.util.List;

/** How the wildcard checks name what a rule covers. */
final class Wildcards {

  private Wildcards() {}

  /** {@code secrets, apps/deployments}: the rule's resources in its groups ({@code *} groups: every API group). */
  static String resources(PolicyRule rule) {
    List<String> out = new ArrayList<>();
    for (String g : rule.apiGroups()) {
      for (String r : rule.resources()) {
        out.add(g.equals(PolicyRule.ALL) ? r + " of every API group" : Access.qualified(g, r));
      }
    }
    return Messages.list(out);
  }

  /** {@code the core API group}, {@code API groups apps and batch}, {@code every API group}. */
  static String groups(PolicyRule rule) {
    if (rule.apiGroups().contains(PolicyRule.ALL)) {
      return "every API group";
    }
    List<String> named = rule.apiGroups().stream().map(g -> g.isEmpty() ? "core" : g).toList();
    return named.size() == 1 ? "API group " + named.get(0) : "API groups " + Messages.list(named);
  }
}
