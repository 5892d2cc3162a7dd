package dev.kubeward.checks.rbac;

import dev.kubeward.core.index.Digest;
import dev.kubeward.core.index.IndexedResource;
import dev.kubeward.core.index.ResourceIndex;
import dev.kubeward.core.model.Resource;
import dev.kubeward.core.model.ResourceRef;
import dev.kubeward.rbac.AggregationRule;
import dev.kubeward.rbac.Binding;
import dev.kubeward.rbac.PolicyRule;
import dev.kubeward.rbac.RbacModel;
import dev.kubeward.rbac.RbacModelBuilder;
import dev.kubeward.rbac.Role;
import dev.kubeward.rbac.RoleId;
import dev.kubeward.rbac.RoleKind;
import dev.kubeward.rbac.ServiceAccountObject;
import dev.kubeward.rbac.Subject;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The RBAC picture of one scan, built once from the index and shared by every RBAC check: the
 * model (aggregation resolved), bindings by object, and who reaches each role through the
 * ClusterRoles that aggregate it. Holds no resource tree, so it stays small however many objects
 * the scan has. Built in the checks' prepare; the late visits only read it, without a lock (the
 * answers filled on demand are in concurrent maps, read before any computing).
 */
final class RbacFacts {

  /** The kinds whose objects say whether the input is a cluster's RBAC ({@link #clusterDump()}). */
  private static final Set<String> RBAC_KINDS = Set.of("Role", "ClusterRole", "RoleBinding", "ClusterRoleBinding");

  /**
   * What the model takes of each RBAC object, ServiceAccount and Namespace, and where the rules'
   * findings about RBAC objects point, read in the first pass: the picture is put together, and
   * the findings located, without the index keeping any tree.
   */
  static final Digest<RbacObject> OBJECT = new Digest<>("RBAC object",
      Set.of("Role", "ClusterRole", "RoleBinding", "ClusterRoleBinding", "ServiceAccount", "Namespace")) {
    @Override
    public Optional<RbacObject> read(Resource r) {
      return Optional.of(RbacObject.read(r));
    }
  };

  private final RbacModel model;
  /** The objects as read for the model, until the escalation graph has taken them too (then dropped). */
  private RbacModelBuilder read;
  private final Map<ObjectKey, Binding> bindings = new HashMap<>();
  /** Role → the aggregated ClusterRoles that select it (input ones, and bundled ones the input lacks). */
  private final Map<RoleId, List<RoleId>> aggregators = new HashMap<>();
  private final Map<RoleId, List<Binding>> grantingCache = new ConcurrentHashMap<>();
  private final Set<String> namespacesWithRoles = new HashSet<>();
  private final Set<String> namespacesWithAccounts = new HashSet<>();
  /** Roles of the input whose digest could not be read (an internal error, reported as such): they exist, unknown. */
  private final Set<RoleId> unreadableRoles = new HashSet<>();
  private final boolean clusterDump;

  RbacFacts(ResourceIndex index) {
    RbacModelBuilder builder = RbacModel.builder();
    boolean dump = false;
    Set<String> objectKinds = OBJECT.kinds();
    Set<String> identityKinds = WorkloadIdentityGrantsEscalation.IDENTITY.kinds();
    // Only the kinds read below, in input order; a resource has a digest only if its kind is among
    // the digest's, so the kind (a shared string, at hand) is asked first.
    Set<String> readKinds = new HashSet<>(objectKinds);
    readKinds.addAll(identityKinds);
    readKinds.addAll(RBAC_KINDS);
    for (IndexedResource r : index.ofKinds(readKinds)) {
      String kind = r.kind();
      boolean objectKind = objectKinds.contains(kind);
      Optional<RbacObject> object = objectKind ? r.digest(OBJECT) : Optional.empty();
      if (object.isPresent()) {
        if (object.get().part().used()) {
          builder.add(object.get().part());
        }
      } else {
        if (identityKinds.contains(kind)) {
          r.digest(WorkloadIdentityGrantsEscalation.IDENTITY).ifPresent(i -> builder.add(i.part()));
        }
        if (objectKind) {
          unreadableRole(r).ifPresent(unreadableRoles::add);
        }
      }
      // Whether the input is a dump: once known, no other object's labels are read. The digest
      // read the label while the tree was at hand; without a digest, the labels kept are.
      if (!dump && RBAC_KINDS.contains(kind)) {
        dump = object.isPresent() ? object.get().bootstrapLabelled() : Defaults.labelled(r.labels());
      }
    }
    this.clusterDump = dump;
    this.read = builder;
    this.model = builder.build();
    for (Binding b : model.bindings()) {
      bindings.put(new ObjectKey(b.kind().apiName(), b.namespace(), b.name()), b);
    }
    for (Role r : model.roles()) {
      if (!r.isClusterRole()) {
        namespacesWithRoles.add(r.id().namespace());
      }
    }
    for (ServiceAccountObject a : model.serviceAccounts()) {
      namespacesWithAccounts.add(a.namespace());
    }
    linkAggregation();
  }

  /** The role a Role or ClusterRole without digest is: every object of the digest's kinds has one unless reading it failed. */
  private static Optional<RoleId> unreadableRole(IndexedResource r) {
    // The kind first: most resources without this digest are workloads, of other kinds.
    Optional<RoleKind> kind = RoleKind.parse(r.kind());
    if (kind.isEmpty() || !r.ref().group().equals(RBAC_GROUP)) {
      return Optional.empty();
    }
    return Optional.of(new RoleId(kind.get(), kind.get() == RoleKind.ROLE ? namespaceOf(r) : "", r.name()));
  }

  private static final String RBAC_GROUP = "rbac.authorization.k8s.io";

  /**
   * The aggregation edges: each aggregated ClusterRole selects ClusterRoles by label. The
   * bundled aggregated roles the input lacks ({@code admin}, {@code edit}, {@code view}) still
   * exist in every cluster, so a role labelled for them is reached through their bindings.
   */
  private void linkAggregation() {
    Map<String, Role> clusterRoles = new LinkedHashMap<>();
    for (Role r : Defaults.bundled().roles()) {
      clusterRoles.put(r.name(), r);
    }
    for (Role r : model.roles()) {
      if (r.isClusterRole()) {
        clusterRoles.put(r.name(), r);
      }
    }
    for (Role a : clusterRoles.values()) {
      Optional<AggregationRule> rule = a.aggregation();
      if (rule.isEmpty()) {
        continue;
      }
      for (Role r : clusterRoles.values()) {
        if (r != a && rule.get().selects(r.labels())) {
          aggregators.computeIfAbsent(r.id(), k -> new ArrayList<>()).add(a.id());
        }
      }
    }
  }

  /** A binding's kind, namespace and name: a map key that costs no string building. */
  private record ObjectKey(String kind, String namespace, String name) {}

  RbacModel model() {
    return model;
  }

  /** Whether the input is a cluster's RBAC (it holds the API server's own objects), so absences mean something. */
  boolean clusterDump() {
    return clusterDump;
  }

  boolean hasBindings() {
    return !model.bindings().isEmpty();
  }

  boolean hasRolesIn(String namespace) {
    return namespacesWithRoles.contains(namespace);
  }

  /**
   * Whether the input has the role, but reading it failed (an internal error, reported as such):
   * nothing is known of it, not even that it is missing.
   */
  boolean unreadable(RoleId role) {
    return unreadableRoles.contains(role);
  }

  boolean hasServiceAccountsIn(String namespace) {
    return namespacesWithAccounts.contains(namespace);
  }

  /** The model's role for a visited Role or ClusterRole: empty when invalid, or when a later definition replaced it. */
  Optional<Role> role(IndexedResource r) {
    Optional<RoleKind> kind = RoleKind.parse(r.kind());
    if (kind.isEmpty()) {
      return Optional.empty();
    }
    String ns = kind.get() == RoleKind.ROLE ? namespaceOf(r) : "";
    return model.role(new RoleId(kind.get(), ns, r.name()))
        .filter(role -> role.source().file().equals(r.file()) && role.source().line() == r.line());
  }

  /** The model's binding for a visited RoleBinding or ClusterRoleBinding, as {@link #role}. */
  Optional<Binding> binding(IndexedResource r) {
    String ns = r.kind().equals("RoleBinding") ? namespaceOf(r) : "";
    return Optional.ofNullable(bindings.get(new ObjectKey(r.kind(), ns, r.name())))
        .filter(b -> b.source().file().equals(r.file()) && b.source().line() == r.line());
  }

  /**
   * A visited Role or ClusterRole as the risky-grant checks take it: the model's role for it
   * ({@link #role}; null when empty) and that role's {@link #rules}.
   */
  record RoleVisit(Role role, RoleRules rules) {}

  /**
   * A visited binding as the risky-grant checks take it: the model's binding for it ({@link #binding};
   * null when empty), the subjects the input added to it ({@link Defaults#addedSubjects}), and when
   * it adds some, the role it grants ({@link #resolve}) if that is a default role other than
   * cluster-admin, with its {@link #rules} (both null otherwise): the checks judge its default rules.
   */
  record BindingVisit(Binding binding, List<Subject> added, Role defaultRole, RoleRules defaultRules) {}

  private static final RoleVisit NO_ROLE = new RoleVisit(null, null);
  private static final BindingVisit NO_BINDING = new BindingVisit(null, List.of(), null, null);

  /**
   * Every risky-grant check visits every role and binding and asks the same of it: the answers
   * are worked out once per object, and found by the object itself (its identity), so that no id
   * is made and hashed, and no model lookup made, per check.
   */
  private final Map<IndexedResource, RoleVisit> roleVisits = new ConcurrentHashMap<>();
  private final Map<IndexedResource, BindingVisit> bindingVisits = new ConcurrentHashMap<>();

  RoleVisit roleVisit(IndexedResource r) {
    return cached(roleVisits, r, k -> role(k).map(role -> new RoleVisit(role, rules(role))).orElse(NO_ROLE));
  }

  /** {@link #roleVisit} for a binding, whose digest says whether it carries the bootstrap label. */
  BindingVisit bindingVisit(IndexedResource r, boolean labelled) {
    return cached(bindingVisits, r, k -> binding(k).map(b -> bindingVisit(b, labelled)).orElse(NO_BINDING));
  }

  private BindingVisit bindingVisit(Binding b, boolean labelled) {
    List<Subject> added = Defaults.addedSubjects(b, labelled);
    Optional<Role> role = added.isEmpty() ? Optional.empty() : resolve(b);
    if (role.isEmpty() || !Defaults.isDefault(role.get())
        || (role.get().isClusterRole() && role.get().name().equals(Defaults.CLUSTER_ADMIN))) {
      return new BindingVisit(b, added, null, null);
    }
    return new BindingVisit(b, added, role.get(), rules(role.get()));
  }

  /** A namespaced object without a namespace lands in {@code default}, where kubectl apply puts it. */
  private static String namespaceOf(IndexedResource r) {
    return r.namespace().isEmpty() ? "default" : r.namespace();
  }

  /** The role a binding grants: the input's, or the API server's own when the input lacks it. */
  Optional<Role> resolve(Binding b) {
    return model.roleOf(b).or(() -> b.roleId().kind() == RoleKind.CLUSTER_ROLE ? Defaults.bundledRole(b.roleId()) : Optional.empty());
  }

  /** The role a rule is written in. */
  Optional<Role> writer(PolicyRule rule) {
    ResourceRef owner = rule.source().owner();
    return RoleKind.parse(owner.kind()).flatMap(k -> {
      RoleId id = new RoleId(k, k == RoleKind.ROLE ? owner.namespace().orElse("default") : "", owner.name());
      return model.role(id).or(() -> Defaults.bundledRole(id));
    });
  }

  boolean isDefaultRule(PolicyRule rule) {
    return Defaults.isDefaultRule(rule, writer(rule));
  }

  /** The role and every aggregated ClusterRole that takes its rules, directly or through others. */
  Set<RoleId> holders(RoleId role) {
    Set<RoleId> seen = new LinkedHashSet<>();
    Deque<RoleId> todo = new ArrayDeque<>();
    todo.add(role);
    while (!todo.isEmpty()) {
      RoleId r = todo.poll();
      if (seen.add(r)) {
        todo.addAll(aggregators.getOrDefault(r, List.of()));
      }
    }
    return seen;
  }

  /** Whether an aggregated ClusterRole takes this role's rules. */
  boolean aggregated(RoleId role) {
    return aggregators.containsKey(role);
  }

  /** Every binding that grants the rules of {@code role}: its own and those of the roles that aggregate it. */
  List<Binding> granting(RoleId role) {
    return cached(grantingCache, role, r -> {
      List<Binding> out = new ArrayList<>();
      for (RoleId h : holders(r)) {
        out.addAll(model.bindingsOf(h));
      }
      return List.copyOf(out);
    });
  }

  /** Whether some ClusterRoleBinding grants the role's rules, so that they hold in every namespace. */
  boolean clusterWide(RoleId role) {
    return granting(role).stream().anyMatch(Binding::isClusterRoleBinding);
  }

  /** Where the role's rules hold, as its bindings (and those of the roles aggregating it) decide. */
  Reach reach(Role role) {
    boolean clusterWide = clusterWide(role.id());
    return new Reach(clusterWide, role.isClusterRole() && (clusterWide || granting(role.id()).isEmpty()));
  }

  /**
   * What the rule checks ask of one role, worked out once for all of them: where it holds, its
   * stated rules the input wrote (not the API server's), and its rules that are the API server's,
   * each list with the {@link Sketch} of each of its rules, by position.
   */
  record RoleRules(Reach reach, List<PolicyRule> own, long[] ownSketches, List<PolicyRule> defaults, long[] defaultSketches) {}

  /**
   * By role id: the role passed for an id is always the same one, the model's, or the bundled
   * policy's when the model has none ({@link #role}, {@link #resolve}, {@link #writer}).
   */
  private final Map<RoleId, RoleRules> roleRules = new ConcurrentHashMap<>();

  RoleRules rules(Role role) {
    return cached(roleRules, role.id(), id -> rulesOf(role));
  }

  private RoleRules rulesOf(Role r) {
    List<PolicyRule> own = new ArrayList<>();
    List<PolicyRule> defaults = new ArrayList<>();
    // A role no aggregation gave other rules has its stated rules as its rules (one list): each
    // rule is judged once for both lists.
    boolean same = r.statedRules() == r.rules();
    Writers writers = new Writers();
    for (PolicyRule rule : r.statedRules()) {
      boolean isDefault = writers.isDefaultRule(rule);
      if (!isDefault) {
        own.add(rule);
      } else if (same) {
        defaults.add(rule);
      }
    }
    if (!same) {
      for (PolicyRule rule : r.rules()) {
        if (writers.isDefaultRule(rule)) {
          defaults.add(rule);
        }
      }
    }
    return new RoleRules(reach(r), List.copyOf(own), sketches(own), List.copyOf(defaults), sketches(defaults));
  }

  /**
   * {@link #isDefaultRule} over the rules of one role, which come in runs of one writer (all of
   * them, for a role's stated rules, which share one owner): the writer is looked up once per run.
   */
  private final class Writers {
    private ResourceRef owner;
    private Optional<Role> writer;

    boolean isDefaultRule(PolicyRule rule) {
      ResourceRef o = rule.source().owner();
      if (o != owner) {
        owner = o;
        writer = writer(rule);
      }
      return Defaults.isDefaultRule(rule, writer);
    }
  }

  private static long[] sketches(List<PolicyRule> rules) {
    long[] out = new long[rules.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = Sketch.of(rules.get(i));
    }
    return out;
  }

  /**
   * What a compromise of each workload grants, worked out once per scan from the escalation
   * graph the first time a check asks (the graph is dropped afterwards: only one sentence per
   * exposed workload stays), keyed by where the workload is written.
   */
  private volatile Map<WorkloadExposures.At, String> workloadExposures;

  /**
   * The worst a compromise of the workload written at {@code r} grants, for a message; empty when
   * nothing worth naming. Worked out in prepare: a visit takes the lock only if no check prepared it.
   */
  Optional<String> workloadExposure(IndexedResource r) {
    Map<WorkloadExposures.At, String> exposures = workloadExposures;
    if (exposures == null) {
      prepareWorkloadExposures();
      exposures = workloadExposures;
    }
    return Optional.ofNullable(exposures.get(WorkloadExposures.key(r.file(), r.line())));
  }

  /** Works out {@link #workloadExposure} for every workload, if no check has yet. */
  synchronized void prepareWorkloadExposures() {
    if (workloadExposures == null) {
      workloadExposures = WorkloadExposures.of(model, read);
      read = null;
    }
  }

  /** For a message: which bindings grant the role, to whom, and through which aggregating role. */
  String grantedBy(RoleId role) {
    // Every risky rule of a role is reported with the same sentence: spelt once per role.
    return cached(grantedByCache, role, r -> Messages.grantedBy(r, granting(r)));
  }

  private final Map<RoleId, String> grantedByCache = new ConcurrentHashMap<>();

  /**
   * The answer cached for {@code key}, computed on first use. Read first: a hit takes no lock
   * (computeIfAbsent may lock the key's bin even when it is there).
   */
  private static <K, V> V cached(Map<K, V> cache, K key, java.util.function.Function<K, V> compute) {
    V known = cache.get(key);
    return known != null ? known : cache.computeIfAbsent(key, compute);
  }
}
