package dev.kubeward.rbac.paths;

import java.util.Comparator;

/**
 * Something an identity can do that leads somewhere: the capabilities of the escalation graph.
 *
 * @param namespace where it holds; {@code *} for every namespace, empty for capabilities that
 *     belong to no namespace
 */
public record Capability(Kind kind, String namespace) implements Comparable<Capability> {

  public static final String EVERY_NAMESPACE = "*";

  /** The kinds of capability, with how they read after "can". */
  public enum Kind {
    CLUSTER_ADMIN("do everything cluster-wide (every verb on every resource)"),
    RUN_PODS("run pods"),
    EXEC_PODS("run commands in running pods"),
    READ_SECRETS("read secrets"),
    SERVICE_ACCOUNT_TOKENS("create tokens of service accounts"),
    IMPERSONATE_SERVICE_ACCOUNTS("impersonate service accounts"),
    IMPERSONATE_USERS("impersonate any user"),
    IMPERSONATE_GROUPS("impersonate any group, system:masters included"),
    BIND_ANY_CLUSTER_ROLE("bind any ClusterRole cluster-wide, cluster-admin included"),
    ESCALATE_CLUSTER_ROLES("add any permission to the ClusterRoles it holds"),
    NAMESPACE_ADMIN("grant itself any role"),
    SIGN_CLIENT_CERTIFICATES("have client certificates issued for any user and group"),
    NODE_PROXY("use every kubelet's API (nodes/proxy)"),
    NODES("run code on nodes");

    private final String phrase;

    Kind(String phrase) {
      this.phrase = phrase;
    }

    public String phrase() {
      return phrase;
    }

    /** Whether the capability belongs to a namespace. */
    public boolean namespaced() {
      return switch (this) {
        case RUN_PODS, EXEC_PODS, READ_SECRETS, SERVICE_ACCOUNT_TOKENS, IMPERSONATE_SERVICE_ACCOUNTS, NAMESPACE_ADMIN -> true;
        default -> false;
      };
    }
  }

  private static final Comparator<Capability> ORDER = Comparator.comparing(Capability::kind).thenComparing(Capability::namespace);

  public static Capability of(Kind kind) {
    return new Capability(kind, "");
  }

  public static Capability in(Kind kind, String namespace) {
    return new Capability(kind, namespace);
  }

  /** {@code run pods in namespace shop}, {@code read secrets in every namespace}. */
  public String describe() {
    if (!kind.namespaced()) {
      return kind.phrase();
    }
    return kind.phrase() + (namespace.equals(EVERY_NAMESPACE) ? " in every namespace" : " in namespace " + namespace);
  }

  /** A short stable name: {@code run-pods@shop}, {@code cluster-admin}. */
  public String id() {
    String k = kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    return namespace.isEmpty() ? k : k + "@" + namespace;
  }

  @Override
  public int compareTo(Capability o) {
    return ORDER.compare(this, o);
  }
}
