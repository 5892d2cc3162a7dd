package dev.kubeward.checks.rbac;

import dev.kubeward.rbac.PolicyRule;
import dev.kubeward.rbac.Role;
import dev.kubeward.rbac.RoleId;
import java.util.ArrayList;
import java.util.List;

/**
 * What every cluster grants broad groups by default (the bootstrap policy's discovery roles),
 * and whether a rule goes beyond it. A rule is within the defaults when every request it allows
 * (each verb, group, resource and name, or verb and path it lists, a {@code *} taken as itself)
 * is allowed by a default rule.
 */
final class Discovery {

  /** What system:unauthenticated holds by default: version, health and readiness endpoints. */
  static final List<PolicyRule> UNAUTHENTICATED = rules("system:public-info-viewer");
  /** What system:authenticated holds by default: discovery, self-reviews, and the public info. */
  static final List<PolicyRule> AUTHENTICATED = rules("system:public-info-viewer", "system:discovery", "system:basic-user");
  /** What every service account holds by default: the above and the issuer discovery documents. */
  static final List<PolicyRule> SERVICE_ACCOUNTS = rules("system:public-info-viewer", "system:discovery", "system:basic-user",
      "system:service-account-issuer-discovery");

  private Discovery() {}

  private static List<PolicyRule> rules(String... roles) {
    List<PolicyRule> out = new ArrayList<>();
    for (String r : roles) {
      out.addAll(Defaults.bundledRole(RoleId.clusterRole(r))
          .orElseThrow(() -> new IllegalStateException("the bundled bootstrap policy has no ClusterRole " + r)).rules());
    }
    return List.copyOf(out);
  }

  /** The rules of {@code role} that go beyond {@code defaults}. */
  static List<PolicyRule> beyond(Role role, List<PolicyRule> defaults) {
    return role.rules().stream().filter(r -> !covered(r, defaults)).toList();
  }

  /** For a message: {@code get,list secrets; * /metrics}, the first few. */
  static String describe(List<PolicyRule> rules) {
    return Messages.list(rules.stream().map(PolicyRule::describe).toList(), 3);
  }

  static boolean covered(PolicyRule rule, List<PolicyRule> defaults) {
    for (String verb : rule.verbs()) {
      if (rule.isResourceRule()) {
        for (String group : rule.apiGroups()) {
          for (String resource : rule.resources()) {
            int slash = resource.indexOf('/');
            String base = slash < 0 ? resource : resource.substring(0, slash);
            String sub = slash < 0 ? "" : resource.substring(slash + 1);
            for (String name : rule.resourceNames().isEmpty() ? List.of("") : rule.resourceNames()) {
              if (defaults.stream().noneMatch(d -> d.isResourceRule() && d.matchesVerb(verb) && d.matchesApiGroup(group)
                  && d.matchesResource(base, sub) && d.matchesResourceName(name))) {
                return false;
              }
            }
          }
        }
      } else {
        for (String url : rule.nonResourceURLs()) {
          if (defaults.stream().noneMatch(d -> !d.isResourceRule() && d.matchesVerb(verb) && d.matchesNonResourceURL(url))) {
            return false;
          }
        }
      }
    }
    return true;
  }
}
