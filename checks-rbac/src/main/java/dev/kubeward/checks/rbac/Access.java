package dev.kubeward.checks.rbac;

import dev.kubeward.rbac.PolicyRule;
import dev.kubeward.rbac.ResourceTypes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a rule allows, asked as the RBAC authorizer matches requests ({@link PolicyRule}). Two
 * questions: which verbs it grants on some object of a resource (a rule limited to resourceNames
 * counts: it allows those objects), and which it grants on requests that name no object (list,
 * watch, create, deletecollection), which a rule limited to resourceNames never allows.
 */
final class Access {

  static final String CORE = "";
  private static final ResourceTypes TYPES = ResourceTypes.builtIn();

  private Access() {}

  /** The verbs among {@code verbs} the rule allows on {@code group}/{@code resource}[/{@code sub}] for some name. */
  static List<String> verbs(PolicyRule rule, String group, String resource, String sub, List<String> verbs) {
    if (verbs.isEmpty() || !rule.isResourceRule() || !rule.matchesApiGroup(group) || !rule.matchesResource(resource, sub)) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (String v : verbs) {
      if (rule.matchesVerb(v)) {
        out.add(v);
      }
    }
    return out;
  }

  /** The verbs among {@code verbs} the rule allows for a request that names no object (every object). */
  static List<String> unnamedVerbs(PolicyRule rule, String group, String resource, String sub, List<String> verbs) {
    return rule.resourceNames().isEmpty() ? verbs(rule, group, resource, sub, verbs) : List.of();
  }

  /** Whether the rule allows one of {@code verbs} on the resource for some name. */
  static boolean any(PolicyRule rule, String group, String resource, String sub, List<String> verbs) {
    return !verbs(rule, group, resource, sub, verbs).isEmpty();
  }

  /** Whether some rule of {@code rules} allows one of {@code verbs} on the resource for some name. */
  static boolean anyRule(List<PolicyRule> rules, String group, String resource, String sub, List<String> verbs) {
    return rules.stream().anyMatch(r -> any(r, group, resource, sub, verbs));
  }

  /**
   * A question to ask a rule: the verbs it may grant on some object of a resource, and those it
   * may grant on every object (requests that name none).
   *
   * @param clusterScoped whether the resource is cluster-scoped: then only a ClusterRoleBinding grants it
   */
  record Probe(String group, String resource, String sub, List<String> anyName, List<String> unnamed, boolean clusterScoped) {

    static Probe of(String group, String resource, List<String> anyName, List<String> unnamed) {
      int slash = resource.indexOf('/');
      String base = slash < 0 ? resource : resource.substring(0, slash);
      String sub = slash < 0 ? "" : resource.substring(slash + 1);
      return new Probe(group, base, sub, anyName, unnamed, !TYPES.namespaced(group, base));
    }

    /** {@code create, get pods/exec}: what the rule grants of this probe; empty when nothing. */
    Optional<String> match(PolicyRule rule) {
      List<String> named = verbs(rule, group, resource, sub, anyName);
      List<String> all = unnamedVerbs(rule, group, resource, sub, unnamed);
      if (named.isEmpty() && all.isEmpty()) {
        return Optional.empty();
      }
      List<String> found = new ArrayList<>(named);
      found.addAll(all);
      // In the rule's own order where it names them; a "*" rule in the probe's order.
      List<String> v = new ArrayList<>();
      rule.verbs().stream().filter(found::contains).filter(x -> !v.contains(x)).forEach(v::add);
      found.stream().filter(x -> !v.contains(x)).forEach(v::add);
      return v.isEmpty() ? Optional.empty()
          : Optional.of(String.join(", ", v) + " " + qualified(group, sub.isEmpty() ? resource : resource + "/" + sub));
    }
  }

  /**
   * What the rule grants of each probe, in order: of cluster-scoped resources only where the
   * rule can reach them (a RoleBinding never grants them).
   */
  static List<String> matches(PolicyRule rule, List<Probe> probes, Reach reach) {
    // Most rules grant none of the probes: the list is made for the first match.
    List<String> out = List.of();
    for (Probe p : probes) {
      if (reach.clusterScoped() || !p.clusterScoped()) {
        Optional<String> m = p.match(rule);
        if (m.isPresent()) {
          if (out.isEmpty()) {
            out = new ArrayList<>();
          }
          out.add(m.get());
        }
      }
    }
    return out;
  }

  /** {@code apps/deployments}, or the resource alone in the core group. */
  static String qualified(String group, String resource) {
    return group.isEmpty() ? resource : group + "/" + resource;
  }
}
