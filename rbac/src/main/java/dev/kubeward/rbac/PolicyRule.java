package dev.kubeward.rbac;

import java.util.List;

/**
 * One rule of a Role or ClusterRole, as written, and the RBAC authorizer's matching of a request
 * against it (kubernetes {@code pkg/apis/rbac/v1} evaluation helpers):
 *
 * <ul>
 *   <li>verbs: {@code *} or the verb itself;
 *   <li>apiGroups: {@code *} or the group itself ({@code ""} is the core group);
 *   <li>resources: {@code *} (every resource and every subresource), the resource itself, or
 *       {@code resource/subresource} for a subresource, or {@code *}{@code /subresource} for that
 *       subresource of every resource; a rule for {@code pods} does not reach {@code pods/exec};
 *   <li>resourceNames: none means every name; otherwise the request's name must be listed, so a
 *       request without a name (list, watch and deletecollection without a field selector on the
 *       name, create of a top-level object) never matches a rule that lists names;
 *   <li>nonResourceURLs: {@code *}, the path itself, or a prefix ending in {@code *}.
 * </ul>
 *
 * @param source where the rule is written (for an aggregated ClusterRole, in the role it came from)
 */
public record PolicyRule(
    List<String> verbs,
    List<String> apiGroups,
    List<String> resources,
    List<String> resourceNames,
    List<String> nonResourceURLs,
    RuleSource source) {

  public static final String ALL = "*";

  public PolicyRule {
    verbs = List.copyOf(verbs);
    apiGroups = List.copyOf(apiGroups);
    resources = List.copyOf(resources);
    resourceNames = List.copyOf(resourceNames);
    nonResourceURLs = List.copyOf(nonResourceURLs);
  }

  /** Whether this rule alone allows {@code request}. */
  public boolean allows(Request request) {
    return switch (request) {
      case Request.ResourceRequest r -> matchesVerb(r.verb())
          && matchesApiGroup(r.apiGroup())
          && matchesResource(r.resource(), r.subresource())
          && matchesResourceName(r.name());
      case Request.NonResourceRequest n -> matchesVerb(n.verb()) && matchesNonResourceURL(n.path());
    };
  }

  public boolean matchesVerb(String verb) {
    for (String v : verbs) {
      if (v.equals(ALL) || v.equals(verb)) {
        return true;
      }
    }
    return false;
  }

  public boolean matchesApiGroup(String group) {
    for (String g : apiGroups) {
      if (g.equals(ALL) || g.equals(group)) {
        return true;
      }
    }
    return false;
  }

  /** {@code subresource} is empty for the resource itself. */
  public boolean matchesResource(String resource, String subresource) {
    for (String r : resources) {
      if (matchesResource(r, resource, subresource)) {
        return true;
      }
    }
    return false;
  }

  /** Whether one entry of a rule's resources covers {@code resource[/subresource]}. */
  public static boolean matchesResource(String ruleResource, String resource, String subresource) {
    if (ruleResource.equals(ALL)) {
      return true;
    }
    if (subresource.isEmpty()) {
      return ruleResource.equals(resource);
    }
    int slash = ruleResource.indexOf('/');
    if (slash < 0 || ruleResource.length() != slash + 1 + subresource.length()
        || !ruleResource.regionMatches(slash + 1, subresource, 0, subresource.length())) {
      return false;
    }
    return (slash == 1 && ruleResource.charAt(0) == '*')
        || (slash == resource.length() && ruleResource.startsWith(resource));
  }

  /** {@code name} is empty when the request names no object. */
  public boolean matchesResourceName(String name) {
    return resourceNames.isEmpty() || resourceNames.contains(name);
  }

  public boolean matchesNonResourceURL(String path) {
    for (String u : nonResourceURLs) {
      if (matchesUrl(u, path)) {
        return true;
      }
    }
    return false;
  }

  /** Whether one entry of a rule's nonResourceURLs covers {@code path}. */
  public static boolean matchesUrl(String ruleUrl, String path) {
    if (ruleUrl.equals(ALL) || ruleUrl.equals(path)) {
      return true;
    }
    if (!ruleUrl.endsWith(ALL)) {
      return false;
    }
    int end = ruleUrl.length();
    while (end > 0 && ruleUrl.charAt(end - 1) == '*') {
      end--;
    }
    return path.startsWith(ruleUrl.substring(0, end));
  }

  /** A rule about API resources (as opposed to non-resource URLs). */
  public boolean isResourceRule() {
    return nonResourceURLs.isEmpty();
  }

  /** Every verb, group and resource, any name: what cluster-admin holds. */
  public boolean grantsEverything() {
    return verbs.contains(ALL) && apiGroups.contains(ALL) && resources.contains(ALL) && resourceNames.isEmpty();
  }

  /** A compact form for people: {@code get,list secrets [a,b]}, {@code get apps/deployments}, {@code get /healthz}. */
  public String describe() {
    StringBuilder sb = new StringBuilder(String.join(",", verbs)).append(' ');
    if (!isResourceRule()) {
      return sb.append(String.join(",", nonResourceURLs)).toString();
    }
    boolean first = true;
    for (String g : apiGroups) {
      for (String r : resources) {
        sb.append(first ? "" : ",").append(qualified(g, r));
        first = false;
      }
    }
    if (!resourceNames.isEmpty()) {
      sb.append(" [").append(String.join(",", resourceNames)).append(']');
    }
    return sb.toString();
  }

  /** {@code resource} in the core group, {@code group/resource} otherwise. */
  static String qualified(String group, String resource) {
    return group.isEmpty() ? resource : group + "/" + resource;
  }
}
