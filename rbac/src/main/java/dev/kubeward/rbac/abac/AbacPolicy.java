package dev.kubeward.rbac.abac;

import dev.kubeward.rbac.Identity;
import dev.kubeward.rbac.PolicyRule;
import dev.kubeward.rbac.Request;
import dev.kubeward.rbac.ServiceAccounts;
import dev.kubeward.rbac.Subject;
import java.util.Optional;

/**
 * One line of an ABAC policy file, after the API server's conversion: a {@code *} user or group
 * (v1beta1), or no user and no group (v0), means the group {@code system:authenticated}; in v0
 * an empty namespace or resource means {@code *}, every API group is allowed, and leaving both
 * empty also allows every non-resource path. Matching is the ABAC authorizer's:
 *
 * <ul>
 *   <li>the user must equal the request's user when set, and the group must be one of its groups
 *       when set; a policy with neither matches nobody;
 *   <li>a read-only policy allows get, list and watch only; any other allows every verb;
 *   <li>a resource request needs namespace ({@code *} or equal; an empty namespace only matches
 *       cluster-scoped requests), resource ({@code *} or equal: subresources ride on their resource)
 *       and API group ({@code *} or equal) to match;
 *   <li>a non-resource request needs nonResourcePath {@code *}, equal, or a prefix ending in {@code *}.
 * </ul>
 *
 * @param line the 1-based line of the file
 */
public record AbacPolicy(
    String user,
    String group,
    boolean readonly,
    String apiGroup,
    String resource,
    String namespace,
    String nonResourcePath,
    String file,
    int line) {

  public String location() {
    return file + ":" + line;
  }

  public boolean subjectMatches(Identity identity) {
    boolean matched = false;
    if (!user.isEmpty()) {
      if (user.equals(PolicyRule.ALL)) {
        matched = true;
      } else if (!user.equals(identity.user())) {
        return false;
      } else {
        matched = true;
      }
    }
    if (!group.isEmpty()) {
      if (group.equals(PolicyRule.ALL)) {
        matched = true;
      } else {
        matched = identity.inGroup(group);
        if (!matched) {
          return false;
        }
      }
    }
    return matched;
  }

  /** Whether the policy allows {@code request} for whoever it names. */
  public boolean requestMatches(Request request) {
    if (!verbMatches(request.verb())) {
      return false;
    }
    return switch (request) {
      case Request.ResourceRequest r -> (namespace.equals(PolicyRule.ALL) || namespace.equals(r.namespace()))
          && (resource.equals(PolicyRule.ALL) || resource.equals(r.resource()))
          && (apiGroup.equals(PolicyRule.ALL) || apiGroup.equals(r.apiGroup()));
      case Request.NonResourceRequest n -> PolicyRule.matchesUrl(nonResourcePath, n.path()) && !nonResourcePath.isEmpty();
    };
  }

  public boolean allows(Identity identity, Request request) {
    return subjectMatches(identity) && requestMatches(request);
  }

  private boolean verbMatches(String verb) {
    return !readonly || verb.equals("get") || verb.equals("list") || verb.equals("watch");
  }

  /**
   * Who the policy names, for who-can: its user (when it names both a user and a group, only while
   * that user is in the group), else its group. Empty for a policy that matches nobody.
   */
  public Optional<Subject> subject() {
    if (!user.isEmpty()) {
      return Optional.of(Subject.user(user));
    }
    if (!group.isEmpty()) {
      return Optional.of(Subject.group(group));
    }
    return Optional.empty();
  }

  /** Whether it names every authenticated user (or every user). */
  public boolean broadSubject() {
    return user.equals(PolicyRule.ALL) || group.equals(PolicyRule.ALL) || group.equals(ServiceAccounts.AUTHENTICATED)
        || group.equals(ServiceAccounts.UNAUTHENTICATED) || user.equals(ServiceAccounts.ANONYMOUS);
  }

  /** {@code user alice, read-only, pods in namespace shop}. */
  public String describe() {
    StringBuilder sb = new StringBuilder();
    if (!user.isEmpty()) {
      sb.append("user ").append(user);
    }
    if (!group.isEmpty()) {
      sb.append(sb.isEmpty() ? "" : " in ").append("group ").append(group);
    }
    if (sb.isEmpty()) {
      sb.append("nobody");
    }
    sb.append(readonly ? ", read-only" : ", every verb");
    if (!resource.isEmpty()) {
      sb.append(", ").append(resource.equals(PolicyRule.ALL) ? "every resource" : resource)
          .append(apiGroup.equals(PolicyRule.ALL) ? "" : " in API group " + (apiGroup.isEmpty() ? "core" : apiGroup))
          .append(namespace.equals(PolicyRule.ALL) ? " in every namespace"
              : namespace.isEmpty() ? " (cluster-scoped requests)" : " in namespace " + namespace);
    }
    if (!nonResourcePath.isEmpty()) {
      sb.append(", path ").append(nonResourcePath);
    }
    return sb.toString();
  }
}
