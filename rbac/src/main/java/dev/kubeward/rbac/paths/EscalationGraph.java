package dev.kubeward.rbac.paths;

import dev.kubeward.rbac.Grant;
import dev.kubeward.rbac.Identity;
import dev.kubeward.rbac.PolicyRule;
import dev.kubeward.rbac.RbacModel;
import dev.kubeward.rbac.Request;
import dev.kubeward.rbac.Role;
import dev.kubeward.rbac.RoleGrant;
import dev.kubeward.rbac.RoleKind;
import dev.kubeward.rbac.ServiceAccountObject;
import dev.kubeward.rbac.ServiceAccounts;
import dev.kubeward.rbac.Subject;
import dev.kubeward.rbac.TokenSecret;
import dev.kubeward.rbac.Workload;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * The privilege-escalation graph of a model: identities (users, groups, service accounts) lead to
 * capabilities through the RBAC grants they hold, and capabilities lead to other identities or
 * capabilities through what Kubernetes does with them:
 *
 * <ul>
 *   <li>running pods (creating pods or pod controllers, or changing their templates) in a namespace
 *       runs code as any service account there, and a privileged or hostPath pod reaches its node
 *       unless admission forbids it;
 *   <li>running commands in pods (exec, attach, ephemeral containers, replacing a pod's image)
 *       acts as the service accounts of the workloads there whose token is mounted;
 *   <li>reading secrets reveals every service-account token Secret stored there;
 *   <li>creating service-account tokens or impersonating service accounts acts as them;
 *       impersonating users acts as them, and with groups as {@code system:masters};
 *   <li>binding cluster-admin (bind and create ClusterRoleBindings), or escalating a ClusterRole
 *       it holds, is cluster-admin; binding or escalating within a namespace is that namespace's
 *       admin;
 *   <li>having client certificates issued (create and approve CertificateSigningRequests for the
 *       kube-apiserver-client signer) is any user in any group, {@code system:masters} included;
 *   <li>the kubelet API (nodes/proxy) runs commands in any pod and controls the nodes.
 * </ul>
 *
 * Node compromise is a target, not a stepping stone: what a node's own credentials may do is the
 * Node authorizer's business, not RBAC's. ABAC policies are not part of the graph.
 */
public final class EscalationGraph {

  /** The requests that make up capabilities; a grant's rule is tested against them. */
  private enum Probe {
    CREATE_PODS(req("create", "", "pods", "", "")),
    WORKLOADS(req("create", "apps", "deployments", "", ""), req("update", "apps", "deployments", "", ""),
        req("patch", "apps", "deployments", "", ""), req("create", "apps", "daemonsets", "", ""),
        req("update", "apps", "daemonsets", "", ""), req("patch", "apps", "daemonsets", "", ""),
        req("create", "apps", "statefulsets", "", ""), req("update", "apps", "statefulsets", "", ""),
        req("patch", "apps", "statefulsets", "", ""), req("create", "apps", "replicasets", "", ""),
        req("update", "apps", "replicasets", "", ""), req("patch", "apps", "replicasets", "", ""),
        req("create", "batch", "jobs", "", ""), req("create", "batch", "cronjobs", "", ""),
        req("update", "batch", "cronjobs", "", ""), req("patch", "batch", "cronjobs", "", ""),
        req("create", "", "replicationcontrollers", "", ""), req("update", "", "replicationcontrollers", "", ""),
        req("patch", "", "replicationcontrollers", "", "")),
    EXEC(req("create", "", "pods", "exec", ""), req("create", "", "pods", "attach", ""),
        req("update", "", "pods", "ephemeralcontainers", ""), req("patch", "", "pods", "ephemeralcontainers", ""),
        req("update", "", "pods", "", ""), req("patch", "", "pods", "", "")),
    READ_SECRETS(req("get", "", "secrets", "", ""), req("list", "", "secrets", "", ""), req("watch", "", "secrets", "", "")),
    TOKENS(req("create", "", "serviceaccounts", "token", "")),
    IMPERSONATE_SA(req("impersonate", "", "serviceaccounts", "", "")),
    IMPERSONATE_USERS(req("impersonate", "", "users", "", "")),
    IMPERSONATE_MASTERS(req("impersonate", "", "groups", "", ServiceAccounts.MASTERS)),
    BIND_CLUSTER_ADMIN(req("bind", "rbac.authorization.k8s.io", "clusterroles", "", "cluster-admin")),
    BIND_ADMIN(req("bind", "rbac.authorization.k8s.io", "clusterroles", "", "admin")),
    CREATE_CLUSTER_ROLE_BINDINGS(req("create", "rbac.authorization.k8s.io", "clusterrolebindings", "", "")),
    CREATE_ROLE_BINDINGS(req("create", "rbac.authorization.k8s.io", "rolebindings", "", "")),
    ESCALATE_CLUSTER_ROLES(req("escalate", "rbac.authorization.k8s.io", "clusterroles", "", "")),
    UPDATE_CLUSTER_ROLES(req("update", "rbac.authorization.k8s.io", "clusterroles", "", ""),
        req("patch", "rbac.authorization.k8s.io", "clusterroles", "", "")),
    ESCALATE_ROLES(req("escalate", "rbac.authorization.k8s.io", "roles", "", "")),
    UPDATE_ROLES(req("update", "rbac.authorization.k8s.io", "roles", "", ""),
        req("patch", "rbac.authorization.k8s.io", "roles", "", "")),
    CREATE_CSR(req("create", "certificates.k8s.io", "certificatesigningrequests", "", "")),
    APPROVE_CSR(req("update", "certificates.k8s.io", "certificatesigningrequests", "approval", "")),
    CLIENT_SIGNER(req("approve", "certificates.k8s.io", "signers", "", "kubernetes.io/kube-apiserver-client"),
        req("approve", "certificates.k8s.io", "signers", "", "kubernetes.io/*")),
    NODE_PROXY(req("get", "", "nodes", "proxy", ""), req("create", "", "nodes", "proxy", ""));

    final List<Request.ResourceRequest> requests;

    Probe(Request.ResourceRequest... requests) {
      this.requests = Arrays.asList(requests);
    }

    boolean allowedBy(PolicyRule rule) {
      for (Request.ResourceRequest r : requests) {
        if (rule.allows(r)) {
          return true;
        }
      }
      return false;
    }

    private static Request.ResourceRequest req(String verb, String group, String resource, String sub, String name) {
      return new Request.ResourceRequest(verb, group, resource, sub, name, "");
    }
  }

  private final RbacModel model;
  private final List<Node> nodes = new ArrayList<>();
  private final Map<Object, Integer> ids = new HashMap<>();
  /** Each node's edges in, and out, by edge number, in the order they were made. */
  private final List<IntList> in = new ArrayList<>();
  /**
   * Each edge's reason: its text, or, when the text is put together from names, a supplier of it.
   * Most edges are never read (only paths and an identity's own steps are), so their sentences
   * are spelt, and their {@link Step}s made, only when read ({@link #step}).
   */
  private final List<Object> reasons = new ArrayList<>();
  private final List<Optional<Grant>> vias = new ArrayList<>();
  private final IntList stepFrom = new IntList();
  private final IntList stepTo = new IntList();
  private final List<IntList> outIdx = new ArrayList<>();
  /**
   * The targets of the nodes with many edges out, to make each edge once: a node with few is
   * looked through ({@link #hasEdge}). Null for the others.
   */
  private final List<Set<Integer>> manyTargets = new ArrayList<>();

  /** Up to this many edges out of a node, an edge is looked for among them rather than in a set. */
  private static final int FEW_EDGES = 16;

  /**
   * A growable list of ints: the graph's numbering (edges of a node, each edge's ends) without
   * an Integer per entry.
   */
  private static final class IntList {
    private int[] items = new int[4];
    private int size;

    void add(int v) {
      if (size == items.length) {
        items = Arrays.copyOf(items, size * 2);
      }
      items[size++] = v;
    }

    int get(int i) {
      return items[i];
    }

    int size() {
      return size;
    }
  }
  /** The identities given besides the input's: with those it names or has, paths start from these ({@link #isSource}). */
  private final Set<Subject> also = new java.util.HashSet<>();
  /** Whether edges into identities nothing leads on from are left out ({@link #withoutDeadEnds}). */
  private final boolean withoutDeadEnds;
  /** Without dead ends: the identities {@link #grants} is taken for, those holding some grant and system:masters, in order. */
  private final Set<Subject> holding = new TreeSet<>();
  /** Identities with steps of their own: some binding grants to them, or system:masters. */
  private final Set<Subject> leadOn = new java.util.HashSet<>();

  private EscalationGraph(RbacModel model, boolean withoutDeadEnds) {
    this.model = model;
    this.withoutDeadEnds = withoutDeadEnds;
  }

  /** Builds the graph of a model. */
  public static EscalationGraph of(RbacModel model) {
    return of(model, List.of());
  }

  /**
   * Builds the graph of a model with identities besides the input's: a service account or user
   * no binding names may still hold grants through its groups.
   */
  public static EscalationGraph of(RbacModel model, java.util.Collection<Subject> also) {
    EscalationGraph g = new EscalationGraph(model, false);
    g.build(also);
    return g;
  }

  /**
   * The graph of a model for following paths only: {@link #of(RbacModel)} without the steps
   * that Kubernetes' own behaviour leads into an identity no binding grants anything to (running
   * pods in a namespace leads to every service account there, most of which hold nothing). Such
   * an identity is a dead end: no path goes on from it. So every path ({@link #pathFrom},
   * {@link #pathsTo}, the same steps, chosen alike among equally short ones) and every identity's
   * own steps are those of the whole graph, at a fraction of its size; {@link #nodes()},
   * {@link #edgeCount()} and the steps out of capabilities are not.
   */
  public static EscalationGraph withoutDeadEnds(RbacModel model) {
    EscalationGraph g = new EscalationGraph(model, true);
    g.build(List.of());
    return g;
  }

  /** Whether a step of Kubernetes' behaviour into {@code s} is kept: always, but in a graph without dead ends. */
  private boolean leadsOn(Subject s) {
    return !withoutDeadEnds || leadOn.contains(s);
  }

  /**
   * {@link #leadsOn} for a service account, without making its subject: the service accounts of
   * {@link #leadOn} by namespace, taken once the identities' steps are made (capabilityEdges
   * asks for every account of every namespace reached, and leadOn does not change then).
   */
  private boolean leadsOnAccount(String namespace, String name) {
    if (!withoutDeadEnds) {
      return true;
    }
    if (leadOnAccounts == null) {
      leadOnAccounts = new HashMap<>();
      for (Subject s : leadOn) {
        if (s.kind() == Subject.Kind.SERVICE_ACCOUNT && s.namespace().isPresent()) {
          leadOnAccounts.computeIfAbsent(s.namespace().get(), k -> new java.util.HashSet<>()).add(s.name());
        }
      }
    }
    Set<String> names = leadOnAccounts.get(namespace);
    return names != null && names.contains(name);
  }

  /** {@link #leadOn}'s service account names by namespace, made on first use by {@link #leadsOnAccount}. */
  private Map<String, Set<String>> leadOnAccounts;

  public RbacModel model() {
    return model;
  }

  /** Every node, identities first. */
  public List<Node> nodes() {
    return List.copyOf(nodes);
  }

  /** The edges out of a node. */
  public List<Step> stepsFrom(Node node) {
    Integer id = ids.get(key(node));
    if (id == null) {
      return List.of();
    }
    List<Step> out = new ArrayList<>();
    IntList edges = outIdx.get(id);
    for (int i = 0; i < edges.size(); i++) {
      out.add(step(edges.get(i)));
    }
    return List.copyOf(out);
  }

  /** The capabilities an identity holds through its own grants. */
  public List<Step> capabilitiesOf(Subject subject) {
    return stepsFrom(new Node.Identity(subject)).stream().filter(s -> s.to() instanceof Node.Can).toList();
  }

  public int edgeCount() {
    return reasons.size();
  }

  /** The step of edge {@code e}, made anew (equal each time): its reason spelt now. */
  @SuppressWarnings("unchecked")
  private Step step(int e) {
    Object reason = reasons.get(e);
    String text = reason instanceof String t ? t : ((Supplier<String>) reason).get();
    return new Step(nodes.get(stepFrom.get(e)), nodes.get(stepTo.get(e)), text, vias.get(e));
  }

  // ---- construction

  private void build(java.util.Collection<Subject> also) {
    this.also.addAll(also);
    if (withoutDeadEnds) {
      buildWithoutDeadEnds();
      return;
    }
    Set<Subject> identities = new TreeSet<>(model.subjects());
    identities.addAll(also);
    for (String ns : model.namespaces()) {
      for (String sa : model.serviceAccountNames(ns)) {
        identities.add(Subject.serviceAccount(ns, sa));
      }
    }
    identities.add(Subject.group(ServiceAccounts.MASTERS));
    identities.forEach(s -> node(new Node.Identity(s)));
    for (Subject s : identities) {
      grants(s);
    }
    capabilityEdges();
  }

  /**
   * {@link #build} for a graph without dead ends, in time proportional to that graph rather than
   * to every identity of the input: {@link #grants} is taken only for the identities that hold
   * some grant (system:masters included), in the same order, so every step is made as in the
   * whole graph and in the same order. The others, most service accounts and subjects of
   * bindings to absent roles, take no step of their own and no step of Kubernetes' behaviour
   * leads into them here, so they get a node only when a rule names them (namedGrants).
   */
  private void buildWithoutDeadEnds() {
    // The model's subjects are those of its bindings: read from them, only the few holding grants are sorted.
    for (dev.kubeward.rbac.Binding b : model.bindings()) {
      for (Subject s : b.subjects()) {
        if (model.holdsRoleGrants(s)) {
          holding.add(s);
        }
      }
    }
    for (Subject s : also) {
      if (model.holdsRoleGrants(s)) {
        holding.add(s);
      }
    }
    for (String ns : model.namespaces()) {
      for (String sa : model.serviceAccountNames(ns)) {
        Subject s = Subject.serviceAccount(ns, sa);
        if (model.holdsRoleGrants(s)) {
          holding.add(s);
        }
      }
    }
    holding.add(Subject.group(ServiceAccounts.MASTERS));
    for (Subject s : holding) {
      grants(s);
    }
    capabilityEdges();
  }

  /** Whether {@code s} is an identity of the input (one a binding names, or a service account of a namespace) or given. */
  private boolean isSource(Subject s) {
    if (model.names(s) || also.contains(s)) {
      return true;
    }
    return s.kind() == Subject.Kind.SERVICE_ACCOUNT && s.namespace().filter(model.namespaces()::contains).isPresent()
        && model.serviceAccountNames(s.namespace().get()).contains(s.name());
  }

  private int node(Node n) {
    Object k = key(n);
    Integer id = ids.get(k);
    if (id != null) {
      return id;
    }
    int i = nodes.size();
    nodes.add(n);
    ids.put(k, i);
    outIdx.add(new IntList());
    in.add(new IntList());
    manyTargets.add(null);
    return i;
  }

  private static Object key(Node n) {
    return switch (n) {
      case Node.Identity i -> i.subject();
      case Node.Can c -> c.capability();
    };
  }

  private void edge(Node from, Node to, String reason, Optional<Grant> via) {
    edge(from, to, (Object) reason, via);
  }

  /** An edge whose reason is put together from names: spelt only if read. */
  private void edge(Node from, Node to, Supplier<String> reason, Optional<Grant> via) {
    edge(from, to, (Object) reason, via);
  }

  private void edge(Node from, Node to, Object reason, Optional<Grant> via) {
    int f = node(from);
    int t = node(to);
    if (hasEdge(f, t)) {
      return;
    }
    int idx = reasons.size();
    reasons.add(reason);
    vias.add(via);
    stepFrom.add(f);
    stepTo.add(t);
    IntList out = outIdx.get(f);
    out.add(idx);
    in.get(t).add(idx);
    Set<Integer> targets = manyTargets.get(f);
    if (targets != null) {
      targets.add(t);
    } else if (out.size() > FEW_EDGES) {
      targets = new java.util.HashSet<>();
      for (int i = 0; i < out.size(); i++) {
        targets.add(stepTo.get(out.get(i)));
      }
      manyTargets.set(f, targets);
    }
  }

  /** Whether an edge from node {@code f} to node {@code t} is made already. */
  private boolean hasEdge(int f, int t) {
    Set<Integer> targets = manyTargets.get(f);
    if (targets != null) {
      return targets.contains(t);
    }
    IntList out = outIdx.get(f);
    for (int i = 0; i < out.size(); i++) {
      if (stepTo.get(out.get(i)) == t) {
        return true;
      }
    }
    return false;
  }

  private static Node can(Capability.Kind kind, String namespace) {
    return new Node.Can(Capability.in(kind, namespace));
  }

  private static Node can(Capability.Kind kind) {
    return new Node.Can(Capability.of(kind));
  }

  private static String scopeName(Grant g) {
    return g.scope().isCluster() ? Capability.EVERY_NAMESPACE : g.scope().namespace();
  }

  /**
   * What a role's rules give, worked out once per role: the first rule allowing each probe, and
   * the first rule granting everything (null when none).
   */
  private record RoleFacts(Map<Probe, PolicyRule> probes, PolicyRule everything, List<PolicyRule> named) {}

  private final Map<Role, RoleFacts> roleFacts = new IdentityHashMap<>();

  private RoleFacts facts(Role role) {
    RoleFacts f = roleFacts.get(role);
    if (f != null) {
      return f;
    }
    Map<Probe, PolicyRule> probes = new EnumMap<>(Probe.class);
    List<PolicyRule> named = new ArrayList<>();
    for (PolicyRule rule : role.rules()) {
      if (!rule.isResourceRule()) {
        continue;
      }
      for (Probe p : Probe.values()) {
        if (!probes.containsKey(p) && p.allowedBy(rule)) {
          probes.put(p, rule);
        }
      }
      if (!rule.resourceNames().isEmpty()) {
        named.add(rule);
      }
    }
    f = new RoleFacts(probes, grantingEverything(role), List.copyOf(named));
    roleFacts.put(role, f);
    return f;
  }

  /**
   * The step by which {@code subject} is cluster-admin through no one else: it is system:masters,
   * or a ClusterRoleBinding grants it a role with a rule granting everything (the first such grant,
   * in the order {@link RbacModel#roleGrantsTo} lists them). Worked out from the subject's own
   * grants, without a graph, it is the one edge from the identity to cluster-admin that
   * {@link #grants} makes in every graph of the model: so the path of one step that
   * {@link #pathsTo} and {@link #pathFrom} find from the identity to {@link Target#CLUSTER_ADMIN}
   * (no path is shorter, and no other edge leads from it to the one cluster-admin node). Empty when
   * the subject has no such grant.
   */
  public static Optional<Step> directClusterAdmin(RbacModel model, Subject subject) {
    Node self = new Node.Identity(subject);
    if (isMasters(subject)) {
      return Optional.of(new Step(self, can(Capability.Kind.CLUSTER_ADMIN), MASTERS_REASON, Optional.empty()));
    }
    for (RoleGrant rg : model.roleGrantsTo(subject.identity())) {
      if (rg.scope().isCluster()) {
        PolicyRule all = grantingEverything(rg.role());
        if (all != null) {
          return Optional.of(new Step(self, can(Capability.Kind.CLUSTER_ADMIN), EVERYTHING_REASON,
              Optional.of(new Grant(rg.binding(), rg.subject(), rg.role(), all))));
        }
      }
    }
    return Optional.empty();
  }

  private static final String MASTERS_REASON = "kube-apiserver never denies members of system:masters";
  private static final String EVERYTHING_REASON = "holds every verb on every resource";

  private static boolean isMasters(Subject subject) {
    return subject.kind() == Subject.Kind.GROUP && subject.name().equals(ServiceAccounts.MASTERS);
  }

  /** The role's first rule granting every verb on every resource; null when none. */
  private static PolicyRule grantingEverything(Role role) {
    for (PolicyRule rule : role.rules()) {
      if (rule.grantsEverything()) {
        return rule;
      }
    }
    return null;
  }

  /** The capabilities an identity's grants give it, and the direct edges of rules limited to names. */
  private void grants(Subject subject) {
    Node self = new Node.Identity(subject);
    if (isMasters(subject)) {
      leadOn.add(subject);
      edge(self, can(Capability.Kind.CLUSTER_ADMIN), MASTERS_REASON, Optional.empty());
    }
    Identity identity = subject.identity();
    List<RoleGrant> grants = model.roleGrantsTo(identity);
    if (grants.isEmpty()) {
      return;
    }
    leadOn.add(subject);
    // probe -> scope ("*" or a namespace) -> first grant
    Map<Probe, Map<String, Grant>> facts = new EnumMap<>(Probe.class);
    boolean clusterBinding = false;
    Set<String> roleBindingNamespaces = new TreeSet<>();
    for (RoleGrant rg : grants) {
      RoleFacts rf = facts(rg.role());
      if (rg.scope().isCluster()) {
        clusterBinding = true;
        if (rf.everything() != null) {
          edge(self, can(Capability.Kind.CLUSTER_ADMIN), EVERYTHING_REASON,
              Optional.of(new Grant(rg.binding(), rg.subject(), rg.role(), rf.everything())));
        }
      } else if (rg.role().id().kind() == RoleKind.ROLE) {
        roleBindingNamespaces.add(rg.scope().namespace());
      }
      String scope = rg.scope().isCluster() ? Capability.EVERY_NAMESPACE : rg.scope().namespace();
      for (Map.Entry<Probe, PolicyRule> e : rf.probes().entrySet()) {
        Map<String, Grant> byScope = facts.computeIfAbsent(e.getKey(), k -> new HashMap<>());
        if (!byScope.containsKey(scope)) {
          byScope.put(scope, new Grant(rg.binding(), rg.subject(), rg.role(), e.getValue()));
        }
      }
      for (PolicyRule rule : rf.named()) {
        namedGrants(self, new Grant(rg.binding(), rg.subject(), rg.role(), rule));
      }
    }
    namespaced(self, facts, Probe.CREATE_PODS, Capability.Kind.RUN_PODS, "create pods");
    namespaced(self, facts, Probe.WORKLOADS, Capability.Kind.RUN_PODS, "create or change pod controllers");
    namespaced(self, facts, Probe.EXEC, Capability.Kind.EXEC_PODS, "exec, attach, or change running pods");
    namespaced(self, facts, Probe.READ_SECRETS, Capability.Kind.READ_SECRETS, "get, list or watch secrets");
    namespaced(self, facts, Probe.TOKENS, Capability.Kind.SERVICE_ACCOUNT_TOKENS, "create serviceaccounts/token");
    namespaced(self, facts, Probe.IMPERSONATE_SA, Capability.Kind.IMPERSONATE_SERVICE_ACCOUNTS, "impersonate serviceaccounts");
    Optional<Grant> users = cluster(facts, Probe.IMPERSONATE_USERS);
    users.ifPresent(g -> edge(self, can(Capability.Kind.IMPERSONATE_USERS), "may impersonate users", users));
    Optional<Grant> masters = cluster(facts, Probe.IMPERSONATE_MASTERS);
    if (masters.isPresent() && (users.isPresent() || facts.containsKey(Probe.IMPERSONATE_SA))) {
      edge(self, can(Capability.Kind.IMPERSONATE_GROUPS), "may impersonate groups (and a user to carry them)", masters);
    }
    Optional<Grant> bind = cluster(facts, Probe.BIND_CLUSTER_ADMIN);
    if (bind.isPresent() && cluster(facts, Probe.CREATE_CLUSTER_ROLE_BINDINGS).isPresent()) {
      edge(self, can(Capability.Kind.BIND_ANY_CLUSTER_ROLE), "may bind cluster-admin and create ClusterRoleBindings", bind);
    }
    Optional<Grant> escalate = cluster(facts, Probe.ESCALATE_CLUSTER_ROLES);
    if (escalate.isPresent() && cluster(facts, Probe.UPDATE_CLUSTER_ROLES).isPresent() && clusterBinding) {
      edge(self, can(Capability.Kind.ESCALATE_CLUSTER_ROLES),
          "may escalate and update ClusterRoles, and holds one through a ClusterRoleBinding", escalate);
    }
    namespaceAdmin(self, facts, roleBindingNamespaces);
    Optional<Grant> approve = cluster(facts, Probe.APPROVE_CSR);
    if (approve.isPresent() && cluster(facts, Probe.CLIENT_SIGNER).isPresent() && cluster(facts, Probe.CREATE_CSR).isPresent()) {
      edge(self, can(Capability.Kind.SIGN_CLIENT_CERTIFICATES),
          "may create and approve CertificateSigningRequests for the kube-apiserver-client signer", approve);
    }
    Optional<Grant> proxy = cluster(facts, Probe.NODE_PROXY);
    proxy.ifPresent(g -> edge(self, can(Capability.Kind.NODE_PROXY), "may use nodes/proxy", proxy));
  }

  private void namespaced(Node self, Map<Probe, Map<String, Grant>> facts, Probe probe, Capability.Kind kind, String what) {
    Map<String, Grant> scopes = facts.get(probe);
    if (scopes == null) {
      return;
    }
    Grant everywhere = scopes.get(Capability.EVERY_NAMESPACE);
    if (everywhere != null) {
      edge(self, can(kind, Capability.EVERY_NAMESPACE), () -> "may " + what + " in every namespace", Optional.of(everywhere));
      return;
    }
    new TreeSet<>(scopes.keySet()).forEach(ns -> edge(self, can(kind, ns), () -> "may " + what + " in namespace " + ns,
        Optional.of(scopes.get(ns))));
  }

  private static Optional<Grant> cluster(Map<Probe, Map<String, Grant>> facts, Probe p) {
    return Optional.ofNullable(facts.getOrDefault(p, Map.of()).get(Capability.EVERY_NAMESPACE));
  }

  private void namespaceAdmin(Node self, Map<Probe, Map<String, Grant>> facts, Set<String> roleBindingNamespaces) {
    // An edge needs bind and create, or escalate and update: most identities hold neither pair.
    boolean bindAndCreate = (facts.containsKey(Probe.BIND_ADMIN) || facts.containsKey(Probe.BIND_CLUSTER_ADMIN))
        && facts.containsKey(Probe.CREATE_ROLE_BINDINGS);
    if (!bindAndCreate && !(facts.containsKey(Probe.ESCALATE_ROLES) && facts.containsKey(Probe.UPDATE_ROLES))) {
      return;
    }
    Map<String, Grant> bind = new HashMap<>(facts.getOrDefault(Probe.BIND_ADMIN, Map.of()));
    facts.getOrDefault(Probe.BIND_CLUSTER_ADMIN, Map.of()).forEach(bind::putIfAbsent);
    Map<String, Grant> create = facts.getOrDefault(Probe.CREATE_ROLE_BINDINGS, Map.of());
    Map<String, Grant> escalate = facts.getOrDefault(Probe.ESCALATE_ROLES, Map.of());
    Map<String, Grant> update = facts.getOrDefault(Probe.UPDATE_ROLES, Map.of());
    Set<String> scopes = new TreeSet<>(bind.keySet());
    scopes.addAll(create.keySet());
    scopes.addAll(escalate.keySet());
    String all = Capability.EVERY_NAMESPACE;
    if (holds(bind, all) && holds(create, all)) {
      edge(self, can(Capability.Kind.NAMESPACE_ADMIN, all), "may bind admin and create RoleBindings in every namespace",
          Optional.of(bind.get(all)));
      return;
    }
    for (String ns : scopes) {
      if (ns.equals(all)) {
        continue;
      }
      if ((holds(bind, ns) || holds(bind, all)) && (holds(create, ns) || holds(create, all))) {
        edge(self, can(Capability.Kind.NAMESPACE_ADMIN, ns), () -> "may bind admin and create RoleBindings in namespace " + ns,
            Optional.of(bind.getOrDefault(ns, bind.get(all))));
      } else if ((holds(escalate, ns) || holds(escalate, all)) && (holds(update, ns) || holds(update, all))
          && roleBindingNamespaces.contains(ns)) {
        edge(self, can(Capability.Kind.NAMESPACE_ADMIN, ns),
            () -> "may escalate and update Roles in namespace " + ns + ", and holds one there",
            Optional.of(escalate.getOrDefault(ns, escalate.get(all))));
      }
    }
  }

  private static boolean holds(Map<String, Grant> scopes, String ns) {
    return scopes.containsKey(ns);
  }

  /** Rules limited to resourceNames lead to the named service accounts, users and pods directly. */
  private void namedGrants(Node self, Grant g) {
    PolicyRule rule = g.rule();
    List<String> namespaces = g.scope().isCluster() ? List.copyOf(model.namespaces()) : List.of(g.scope().namespace());
    for (String name : rule.resourceNames()) {
      if (allowsNamed(rule, "create", "", "serviceaccounts", "token", name)) {
        for (String ns : namespaces) {
          if (model.serviceAccountNames(ns).contains(name)) {
            edge(self, sa(ns, name), () -> "may create tokens of ServiceAccount " + ns + "/" + name, Optional.of(g));
          }
        }
      }
      if (allowsNamed(rule, "impersonate", "", "serviceaccounts", "", name)) {
        for (String ns : namespaces) {
          if (model.serviceAccountNames(ns).contains(name)) {
            edge(self, sa(ns, name), () -> "may impersonate ServiceAccount " + ns + "/" + name, Optional.of(g));
          }
        }
      }
      if (g.scope().isCluster() && allowsNamed(rule, "impersonate", "", "users", "", name)) {
        Node user = new Node.Identity(Subject.user(name));
        if (isSource(Subject.user(name))) {
          edge(self, user, () -> "may impersonate User " + name, Optional.of(g));
        }
      }
      if (allowsNamed(rule, "get", "", "secrets", "", name)) {
        for (TokenSecret t : tokensByName().getOrDefault(name, List.of())) {
          if (g.scope().isCluster() || t.namespace().equals(g.scope().namespace())) {
            edge(self, sa(t.namespace(), t.serviceAccount()), () -> "may read Secret " + t.namespace() + "/" + t.name()
                + ", a token of ServiceAccount " + t.namespace() + "/" + t.serviceAccount(), Optional.of(g));
          }
        }
      }
      if (allowsNamed(rule, "create", "", "pods", "exec", name) || allowsNamed(rule, "create", "", "pods", "attach", name)) {
        for (Workload w : barePods().getOrDefault(name, List.of())) {
          if (tokenMounted(w) && (g.scope().isCluster() || w.namespace().equals(g.scope().namespace()))) {
            edge(self, sa(w.namespace(), w.serviceAccount()), () -> "may exec into Pod " + w.namespace() + "/" + name
                + ", which runs as ServiceAccount " + w.namespace() + "/" + w.serviceAccount(), Optional.of(g));
          }
        }
      }
    }
  }

  private Map<String, List<Workload>> barePods;
  private Map<String, List<TokenSecret>> tokensByName;

  /** Bare Pods by name: exec into a pod by name reaches only those. */
  private Map<String, List<Workload>> barePods() {
    if (barePods == null) {
      barePods = new HashMap<>();
      for (Workload w : model.workloads()) {
        if (w.isPod()) {
          barePods.computeIfAbsent(w.ref().name(), k -> new ArrayList<>()).add(w);
        }
      }
    }
    return barePods;
  }

  private Map<String, List<TokenSecret>> tokensByName() {
    if (tokensByName == null) {
      tokensByName = new HashMap<>();
      for (TokenSecret t : model.tokenSecrets()) {
        tokensByName.computeIfAbsent(t.name(), k -> new ArrayList<>()).add(t);
      }
    }
    return tokensByName;
  }

  private static boolean allowsNamed(PolicyRule rule, String verb, String group, String resource, String sub, String name) {
    return rule.allows(new Request.ResourceRequest(verb, group, resource, sub, name, ""));
  }

  private static Node sa(String ns, String name) {
    return new Node.Identity(Subject.serviceAccount(ns, name));
  }

  /** Whether a workload's pods mount their service account's token (pod setting over account setting, default yes). */
  public boolean tokenMounted(Workload w) {
    return w.automountToken()
        .or(() -> model.serviceAccount(w.namespace(), w.serviceAccount()).flatMap(ServiceAccountObject::automountToken))
        .orElse(true);
  }

  /** What Kubernetes does with each capability reached. */
  private void capabilityEdges() {
    List<String> namespaces = List.copyOf(model.namespaces());
    Map<String, List<Workload>> workloads = new HashMap<>();
    for (Workload w : model.workloads()) {
      workloads.computeIfAbsent(w.namespace(), k -> new ArrayList<>()).add(w);
    }
    Map<String, List<TokenSecret>> tokens = new HashMap<>();
    for (TokenSecret t : model.tokenSecrets()) {
      tokens.computeIfAbsent(t.namespace(), k -> new ArrayList<>()).add(t);
    }
    // Iterate over a snapshot: the loop adds the per-namespace nodes it then visits itself.
    for (int i = 0; i < nodes.size(); i++) {
      if (!(nodes.get(i) instanceof Node.Can c)) {
        continue;
      }
      Capability cap = c.capability();
      Node self = nodes.get(i);
      String ns = cap.namespace();
      boolean every = ns.equals(Capability.EVERY_NAMESPACE);
      switch (cap.kind()) {
        case CLUSTER_ADMIN -> {
          edge(self, can(Capability.Kind.READ_SECRETS, Capability.EVERY_NAMESPACE), "cluster-admin reads every secret", Optional.empty());
          edge(self, can(Capability.Kind.NODES), "cluster-admin runs privileged pods on any node", Optional.empty());
        }
        case RUN_PODS -> {
          if (every) {
            namespaces.forEach(n -> edge(self, can(cap.kind(), n), () -> "every namespace includes " + n, Optional.empty()));
          } else {
            for (String sa : model.serviceAccountNames(ns)) {
              if (leadsOnAccount(ns, sa)) {
                edge(self, sa(ns, sa), () -> "a pod it creates in " + ns + " may run as ServiceAccount " + ns + "/" + sa, Optional.empty());
              }
            }
          }
          edge(self, can(Capability.Kind.NODES),
              "a privileged or hostPath pod reaches its node, unless admission (Pod Security) forbids it", Optional.empty());
        }
        case EXEC_PODS -> {
          if (every) {
            namespaces.forEach(n -> edge(self, can(cap.kind(), n), () -> "every namespace includes " + n, Optional.empty()));
          } else {
            for (Workload w : workloads.getOrDefault(ns, List.of())) {
              if (leadsOnAccount(ns, w.serviceAccount()) && tokenMounted(w)) {
                edge(self, sa(ns, w.serviceAccount()), () -> w.ref().display() + " runs as ServiceAccount " + ns + "/"
                    + w.serviceAccount() + " with its token mounted", Optional.empty());
              }
            }
          }
        }
        case READ_SECRETS -> {
          if (every) {
            namespaces.forEach(n -> edge(self, can(cap.kind(), n), () -> "every namespace includes " + n, Optional.empty()));
          } else {
            for (TokenSecret t : tokens.getOrDefault(ns, List.of())) {
              if (!leadsOnAccount(ns, t.serviceAccount())) {
                continue;
              }
              edge(self, sa(ns, t.serviceAccount()), () -> "Secret " + ns + "/" + t.name() + " holds a token of ServiceAccount "
                  + ns + "/" + t.serviceAccount(), Optional.empty());
            }
          }
        }
        case SERVICE_ACCOUNT_TOKENS, IMPERSONATE_SERVICE_ACCOUNTS -> {
          if (every) {
            namespaces.forEach(n -> edge(self, can(cap.kind(), n), () -> "every namespace includes " + n, Optional.empty()));
          } else {
            String how = cap.kind() == Capability.Kind.SERVICE_ACCOUNT_TOKENS ? "a token of" : "impersonating";
            for (String sa : model.serviceAccountNames(ns)) {
              if (leadsOnAccount(ns, sa)) {
                edge(self, sa(ns, sa), () -> how + " ServiceAccount " + ns + "/" + sa, Optional.empty());
              }
            }
          }
        }
        case NAMESPACE_ADMIN -> {
          if (every) {
            namespaces.forEach(n -> edge(self, can(cap.kind(), n), () -> "every namespace includes " + n, Optional.empty()));
          } else {
            String why = "binding the admin ClusterRole to itself in " + ns;
            edge(self, can(Capability.Kind.RUN_PODS, ns), why, Optional.empty());
            edge(self, can(Capability.Kind.EXEC_PODS, ns), why, Optional.empty());
            edge(self, can(Capability.Kind.READ_SECRETS, ns), why, Optional.empty());
            edge(self, can(Capability.Kind.SERVICE_ACCOUNT_TOKENS, ns), why, Optional.empty());
          }
        }
        case IMPERSONATE_USERS -> {
          // Without dead ends, the users led on to are among those holding grants, in the same order.
          for (Subject s : withoutDeadEnds ? holding : model.subjects()) {
            if (s.kind() == Subject.Kind.USER && model.names(s) && leadsOn(s)) {
              edge(self, new Node.Identity(s), () -> "impersonating User " + s.name(), Optional.empty());
            }
          }
        }
        case IMPERSONATE_GROUPS -> edge(self, new Node.Identity(Subject.group(ServiceAccounts.MASTERS)),
            "impersonating group system:masters", Optional.empty());
        case BIND_ANY_CLUSTER_ROLE -> edge(self, can(Capability.Kind.CLUSTER_ADMIN),
            "binding the cluster-admin ClusterRole to itself", Optional.empty());
        case ESCALATE_CLUSTER_ROLES -> edge(self, can(Capability.Kind.CLUSTER_ADMIN),
            "adding every permission to a ClusterRole bound to it", Optional.empty());
        case SIGN_CLIENT_CERTIFICATES -> edge(self, new Node.Identity(Subject.group(ServiceAccounts.MASTERS)),
            "a client certificate with organisation system:masters", Optional.empty());
        case NODE_PROXY -> {
          edge(self, can(Capability.Kind.NODES), "the kubelet API controls the node's pods", Optional.empty());
          edge(self, can(Capability.Kind.EXEC_PODS, Capability.EVERY_NAMESPACE), "the kubelet API runs commands in any pod",
              Optional.empty());
        }
        case NODES -> { }
      }
    }
  }

  // ---- paths

  /** The shortest path from {@code subject} to {@code target}; empty when there is none. */
  public Optional<EscalationPath> pathFrom(Subject subject, Target target) {
    Integer start = ids.get(subject);
    if (start == null) {
      return Optional.empty();
    }
    int[] prev = new int[nodes.size()];
    Arrays.fill(prev, -2);
    prev[start] = -1;
    int[] queue = new int[nodes.size()];
    int head = 0;
    int tail = 0;
    queue[tail++] = start;
    while (head < tail) {
      int n = queue[head++];
      if (n != start && isTarget(n, target)) {
        List<Step> path = new ArrayList<>();
        for (int at = n; prev[at] >= 0; at = stepFrom.get(prev[at])) {
          path.add(0, step(prev[at]));
        }
        return Optional.of(new EscalationPath(subject, target, path));
      }
      IntList out = outIdx.get(n);
      for (int k = 0; k < out.size(); k++) {
        int e = out.get(k);
        int t = stepTo.get(e);
        if (prev[t] == -2) {
          prev[t] = e;
          queue[tail++] = t;
        }
      }
    }
    return Optional.empty();
  }

  /**
   * For every identity of the input (named by a binding, or a service account of a namespace)
   * that can reach {@code target}, its shortest path, shortest first (then by identity). One
   * breadth-first search backwards from the target.
   */
  public List<EscalationPath> pathsTo(Target target) {
    int[] next = new int[nodes.size()];
    Arrays.fill(next, -2);
    int[] queue = new int[nodes.size()];
    int head = 0;
    int tail = 0;
    for (int i = 0; i < nodes.size(); i++) {
      if (isTarget(i, target)) {
        next[i] = -1;
        queue[tail++] = i;
      }
    }
    while (head < tail) {
      int n = queue[head++];
      IntList into = in.get(n);
      for (int k = 0; k < into.size(); k++) {
        int e = into.get(k);
        int f = stepFrom.get(e);
        if (next[f] == -2) {
          next[f] = e;
          queue[tail++] = f;
        }
      }
    }
    List<EscalationPath> paths = new ArrayList<>();
    for (int i = 0; i < nodes.size(); i++) {
      if (nodes.get(i) instanceof Node.Identity id && next[i] >= 0 && isSource(id.subject())) {
        List<Step> path = new ArrayList<>();
        for (int at = i; next[at] >= 0; at = stepTo.get(next[at])) {
          path.add(step(next[at]));
        }
        paths.add(new EscalationPath(id.subject(), target, path));
      }
    }
    paths.sort(java.util.Comparator.comparingInt(EscalationPath::length).thenComparing(EscalationPath::from));
    return paths;
  }

  private boolean isTarget(int n, Target target) {
    return nodes.get(n) instanceof Node.Can c && target.reachedBy(c.capability());
  }
}
