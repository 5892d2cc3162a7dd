package dev.kubeward.rbac;

import java.util.Optional;

/**
 * A subject of a binding, as written: a User, a Group or a ServiceAccount. A ServiceAccount
 * subject of a RoleBinding without a namespace means the binding's namespace; the model stores it
 * resolved. A ServiceAccount subject of a ClusterRoleBinding without a namespace matches nobody.
 *
 * @param namespace the service account's namespace; empty for users and groups
 */
public record Subject(Kind kind, String name, Optional<String> namespace) implements Comparable<Subject> {

  /** The kinds of subject, with their names in the API. */
  public enum Kind {
    USER("User"),
    GROUP("Group"),
    SERVICE_ACCOUNT("ServiceAccount");

    private final String apiName;

    Kind(String apiName) {
      this.apiName = apiName;
    }

    public String apiName() {
      return apiName;
    }

    public static Optional<Kind> parse(String apiName) {
      for (Kind k : values()) {
        if (k.apiName.equals(apiName)) {
          return Optional.of(k);
        }
      }
      return Optional.empty();
    }
  }

  public static Subject user(String name) {
    return new Subject(Kind.USER, name, Optional.empty());
  }

  public static Subject group(String name) {
    return new Subject(Kind.GROUP, name, Optional.empty());
  }

  public static Subject serviceAccount(String namespace, String name) {
    return new Subject(Kind.SERVICE_ACCOUNT, name, Optional.of(namespace));
  }

  /**
   * The user name the authenticator gives this subject: the name of a user,
   * {@code system:serviceaccount:NS:NAME} for a service account; empty for a group.
   */
  public Optional<String> userName() {
    return switch (kind) {
      case USER -> Optional.of(name);
      case SERVICE_ACCOUNT -> namespace.map(ns -> ServiceAccounts.userName(ns, name));
      case GROUP -> Optional.empty();
    };
  }

  /**
   * Whether {@code userName().orElse("")} is {@code user}, without building the service account's
   * user name: compared piece by piece ({@code system:serviceaccount:}, namespace, {@code :}, name).
   */
  public boolean hasUserName(String user) {
    return switch (kind) {
      case USER -> name.equals(user);
      case GROUP -> user.isEmpty();
      case SERVICE_ACCOUNT -> {
        if (namespace.isEmpty()) {
          yield user.isEmpty();
        }
        String ns = namespace.get();
        int p = ServiceAccounts.USER_PREFIX.length();
        yield user.length() == p + ns.length() + 1 + name.length() && user.startsWith(ServiceAccounts.USER_PREFIX)
            && user.startsWith(ns, p) && user.charAt(p + ns.length()) == ':' && user.endsWith(name);
      }
    };
  }

  /** The identity a request made as this subject carries (a group's: a member with no other group). */
  public Identity identity() {
    return switch (kind) {
      case USER -> Identity.user(name);
      case GROUP -> Identity.groupMember(name);
      case SERVICE_ACCOUNT -> Identity.serviceAccount(namespace.orElseThrow(), name);
    };
  }

  /** {@code User alice}, {@code Group dev}, {@code ServiceAccount shop/web}. */
  public String display() {
    return kind.apiName + " " + namespace.map(ns -> ns + "/").orElse("") + name;
  }

  /** {@code user:alice}, {@code group:dev}, {@code sa:shop/web}: how the command line names it. */
  public String spec() {
    return switch (kind) {
      case USER -> "user:" + name;
      case GROUP -> "group:" + name;
      case SERVICE_ACCOUNT -> "sa:" + namespace.orElse("") + "/" + name;
    };
  }

  /** Users, then groups, then service accounts; by namespace, then name. */
  @Override
  public int compareTo(Subject o) {
    int c = kind.compareTo(o.kind);
    if (c != 0) {
      return c;
    }
    c = namespace.orElse("").compareTo(o.namespace.orElse(""));
    return c != 0 ? c : name.compareTo(o.name);
  }
}
