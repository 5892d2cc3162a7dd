package dev.kubeward.rbac;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Who makes a request, as the authenticator hands it to the authorizer: a user name and groups.
 * A service account is the user {@code system:serviceaccount:NS:NAME} in the groups
 * {@code system:serviceaccounts}, {@code system:serviceaccounts:NS} and {@code system:authenticated};
 * an authenticated user is always in {@code system:authenticated}; the anonymous user
 * {@code system:anonymous} is in {@code system:unauthenticated}.
 */
public record Identity(String user, Set<String> groups) {

  public Identity {
    groups = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(groups));
  }

  /**
   * An authenticated user with {@code extraGroups}, as an impersonated request carries it: in
   * {@code system:authenticated} besides, or, for {@code system:anonymous}, in
   * {@code system:unauthenticated}.
   */
  public static Identity user(String name, List<String> extraGroups) {
    Set<String> g = new LinkedHashSet<>(extraGroups);
    if (name.equals(ServiceAccounts.ANONYMOUS)) {
      g.add(ServiceAccounts.UNAUTHENTICATED);
    } else if (!g.contains(ServiceAccounts.UNAUTHENTICATED)) {
      g.add(ServiceAccounts.AUTHENTICATED);
    }
    ServiceAccounts.split(name).ifPresent(sa -> {
      g.add(ServiceAccounts.ALL_GROUP);
      g.add(ServiceAccounts.GROUP_PREFIX + sa[0]);
    });
    return new Identity(name, g);
  }

  public static Identity user(String name) {
    return user(name, List.of());
  }

  public static Identity serviceAccount(String namespace, String name) {
    return user(ServiceAccounts.userName(namespace, name));
  }

  public static Identity anonymous() {
    return user(ServiceAccounts.ANONYMOUS);
  }

  /**
   * A member of {@code group} and of no other group: what being in that group alone grants.
   * The user name is one no binding can name.
   */
  public static Identity groupMember(String group) {
    return new Identity("", Set.of(group));
  }

  public boolean inGroup(String group) {
    return groups.contains(group);
  }

  /** {@code alice (groups dev, system:authenticated)}. */
  public String display() {
    String who = user.isEmpty() ? "any member" : user;
    return groups.isEmpty() ? who : who + " (groups " + String.join(", ", groups.stream().sorted().toList()) + ")";
  }
}
