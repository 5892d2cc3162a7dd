package dev.kubeward.rbac;

import dev.kubeward.core.k8s.LabelSelector;
import dev.kubeward.core.source.InputProblem;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the ClusterRole aggregation controller makes of aggregated ClusterRoles: each gets, for
 * each of its selectors in order, the rules of every ClusterRole the selector matches (itself
 * excepted), roles in name order, a rule left out when an equal one is already there. Its own
 * rules are overwritten. The controller repeats this until nothing changes, so an aggregated role
 * selected by another passes on what it aggregated; this computes that fixed point. Roles that
 * aggregate each other in a cycle get the least fixed point (the rules of the plain roles they
 * reach), with a warning, since the controller's result would depend on the order it runs in.
 */
final class Aggregation {

  record Result(List<Role> roles, List<InputProblem> problems) {}

  /** A rule's content, without its source: the controller compares rules by value. */
  private record Content(List<String> verbs, List<String> groups, List<String> resources, List<String> names,
      List<String> urls) {
    static Content of(PolicyRule r) {
      return new Content(r.verbs(), r.apiGroups(), r.resources(), r.resourceNames(), r.nonResourceURLs());
    }
  }

  private Aggregation() {}

  static Result resolve(Collection<Role> input) {
    List<Role> clusterRoles = input.stream().filter(Role::isClusterRole)
        .sorted(Comparator.comparing(Role::name)).toList();
    List<Role> aggregated = clusterRoles.stream().filter(Role::isAggregated).toList();
    if (aggregated.isEmpty()) {
      return new Result(List.copyOf(input), List.of());
    }
    Map<String, List<Role>> selected = new HashMap<>();
    for (Role a : aggregated) {
      List<Role> sel = new ArrayList<>();
      for (LabelSelector s : a.aggregation().orElseThrow().clusterRoleSelectors()) {
        for (Role r : clusterRoles) {
          if (!r.name().equals(a.name()) && s.matches(r.labels())) {
            sel.add(r);
          }
        }
      }
      selected.put(a.name(), sel);
    }
    Map<String, List<PolicyRule>> current = new HashMap<>();
    aggregated.forEach(a -> current.put(a.name(), List.of()));
    boolean changed = true;
    int rounds = 0;
    while (changed && rounds++ <= aggregated.size() + 1) {
      changed = false;
      for (Role a : aggregated) {
        List<PolicyRule> rules = new ArrayList<>();
        Set<Content> seen = new HashSet<>();
        for (Role r : selected.get(a.name())) {
          for (PolicyRule rule : current.getOrDefault(r.name(), r.rules())) {
            if (seen.add(Content.of(rule))) {
              rules.add(rule);
            }
          }
        }
        if (!rules.equals(current.get(a.name()))) {
          current.put(a.name(), List.copyOf(rules));
          changed = true;
        }
      }
    }
    List<InputProblem> problems = new ArrayList<>();
    Set<String> inCycle = cycles(aggregated, selected);
    for (Role a : aggregated) {
      if (inCycle.contains(a.name())) {
        problems.add(InputProblem.warning(a.source().file(), a.source().line(), a.source().column(),
            "ClusterRole " + a.name() + " aggregates itself through other aggregated ClusterRoles; the aggregation"
                + " controller's result then depends on the order it runs in (taken here: the rules of the plain roles it reaches)"));
      }
    }
    Map<RoleId, Role> out = new LinkedHashMap<>();
    for (Role r : input) {
      out.put(r.id(), r.isAggregated() && r.isClusterRole()
          ? r.withAggregatedRules(current.get(r.name()), selected.get(r.name()).stream().map(Role::id).distinct().toList())
          : r);
    }
    return new Result(List.copyOf(out.values()), problems);
  }

  /** Aggregated roles that reach themselves through the roles they select. */
  private static Set<String> cycles(List<Role> aggregated, Map<String, List<Role>> selected) {
    Set<String> out = new HashSet<>();
    for (Role a : aggregated) {
      Set<String> seen = new HashSet<>();
      List<String> stack = new ArrayList<>(selected.get(a.name()).stream().map(Role::name).toList());
      while (!stack.isEmpty()) {
        String n = stack.remove(stack.size() - 1);
        if (n.equals(a.name())) {
          out.add(a.name());
          break;
        }
        if (seen.add(n) && selected.containsKey(n)) {
          selected.get(n).forEach(r -> stack.add(r.name()));
        }
      }
    }
    return out;
  }
}
