package dev.kubeward.rbac;

import java.util.Optional;

/** How the API server names service accounts as users and groups. */
public final class ServiceAccounts {

  public static final String USER_PREFIX = "system:serviceaccount:";
  public static final String ALL_GROUP = "system:serviceaccounts";
  public static final String GROUP_PREFIX = "system:serviceaccounts:";
  public static final String AUTHENTICATED = "system:authenticated";
  public static final String UNAUTHENTICATED = "system:unauthenticated";
  public static final String ANONYMOUS = "system:anonymous";
  /** Members of this group pass every authorization check of kube-apiserver, RBAC or not. */
  public static final String MASTERS = "system:masters";

  private ServiceAccounts() {}

  public static String userName(String namespace, String name) {
    return USER_PREFIX + namespace + ":" + name;
  }

  /** The namespace and name of a service account's user name; empty for any other user name. */
  public static Optional<String[]> split(String userName) {
    if (!userName.startsWith(USER_PREFIX)) {
      return Optional.empty();
    }
    String rest = userName.substring(USER_PREFIX.length());
    int colon = rest.indexOf(':');
    if (colon <= 0 || colon == rest.length() - 1 || rest.indexOf(':', colon + 1) >= 0) {
      return Optional.empty();
    }
    return Optional.of(new String[] {rest.substring(0, colon), rest.substring(colon + 1)});
  }
}
