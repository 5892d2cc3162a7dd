package dev.kubeward.rbac;

import dev.kubeward.core.source.InputProblem;
import dev.kubeward.rbac.abac.AbacPolicy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** The model with its indexes: bindings by user name, group, role; rules by the resource they name. */
final class IndexedRbacModel implements RbacModel {

  /** A binding that names a user or group, and the subject that does. */
  private record Naming(Binding binding, Subject subject, int position) {}

  private final List<Role> roles;
  private final Map<RoleId, Role> rolesById = new HashMap<>();
  private final List<Binding> bindings;
  private final Map<RoleId, List<Binding>> bindingsByRole;
  private final Map<String, List<Naming>> byUser;
  private final Map<String, List<Naming>> byGroup;
  private volatile java.util.SortedSet<Subject> subjects;
  /** Built on the first question about who may do what: a scan's checks never ask one. */
  private volatile RuleIndex ruleIndex;
  private final List<ServiceAccountObject> accounts;
  /**
   * The ServiceAccount objects by namespace and name, the last one of each standing. Those whose
   * namespace or name holds a slash are kept apart, by {@code namespace/name} (the key they were
   * kept by before: "a/b" and "c" is "a" and "b/c" there), so that the usual lookup spells no key.
   */
  private final Map<String, Map<String, ServiceAccountObject>> accountsById;
  private final Map<String, ServiceAccountObject> accountsWithSlash;
  private final AccountNames accountNames;
  private final List<TokenSecret> tokens;
  private final List<Workload> workloads;
  private final Set<String> namespaces;
  private final ResourceTypes types;
  private final List<AbacPolicy> abac;
  private final List<InputProblem> problems;

  /**
   * @param userNames the user names of some bindings' subjects, read with them (null for a
   *     group); the others' are spelt here
   */
  IndexedRbacModel(List<Role> roles, List<Binding> bindings, Map<Binding, String[]> userNames,
      List<ServiceAccountObject> accounts, List<TokenSecret> tokens,
      List<Workload> workloads, ResourceTypes types, List<String> namespaceObjects, List<AbacPolicy> abac,
      List<InputProblem> problems) {
    this.roles = List.copyOf(roles);
    this.bindingsByRole = new HashMap<>();
    this.byUser = new HashMap<>();
    this.byGroup = new HashMap<>();
    this.accountsById = new HashMap<>();
    this.accountsWithSlash = new HashMap<>();
    this.bindings = List.copyOf(bindings);
    this.accounts = List.copyOf(accounts);
    this.tokens = List.copyOf(tokens);
    this.workloads = List.copyOf(workloads);
    this.types = types;
    this.abac = List.copyOf(abac);
    this.problems = List.copyOf(problems);
    // Names are gathered unordered and sorted once at the end: bindings name the same ones many times over.
    Set<String> ns = new java.util.HashSet<>(namespaceObjects);
    for (Role r : this.roles) {
      rolesById.put(r.id(), r);
      if (!r.id().namespace().isEmpty()) {
        ns.add(r.id().namespace());
      }
    }
    int position = 0;
    // A binding's service accounts are mostly of one namespace: the last one is kept at hand.
    String lastAccountNamespace = null;
    for (Binding b : this.bindings) {
      int at = position++;
      bindingsByRole.computeIfAbsent(b.roleId(), k -> new ArrayList<>()).add(b);
      if (!b.namespace().isEmpty()) {
        ns.add(b.namespace());
      }
      // Each user name and group once per binding, its first subject. The bindings are taken in
      // order, so a name this binding named already has this binding last in its list.
      String[] users = userNames.get(b);
      List<Subject> subjects = b.subjects();
      // Most names are named by one binding: each list is made for one (a default list makes room for ten at its first add).
      for (int i = 0; i < subjects.size(); i++) {
        Subject s = subjects.get(i);
        switch (s.kind()) {
          case GROUP -> firstNaming(byGroup.computeIfAbsent(s.name(), k -> new ArrayList<>(1)), b, s, at);
          case USER, SERVICE_ACCOUNT -> {
            String user = users != null ? Objects.requireNonNull(users[i]) : s.userName().orElseThrow();
            firstNaming(byUser.computeIfAbsent(user, k -> new ArrayList<>(1)), b, s, at);
          }
        }
        if (s.namespace().isPresent()) {
          String n = s.namespace().get();
          if (!n.equals(lastAccountNamespace)) {
            lastAccountNamespace = n;
            ns.add(n);
          }
        }
      }
    }
    for (ServiceAccountObject a : this.accounts) {
      if (hasSlash(a.namespace(), a.name())) {
        accountsWithSlash.put(a.namespace() + "/" + a.name(), a);
      } else {
        accountsById.computeIfAbsent(a.namespace(), k -> new HashMap<>()).put(a.name(), a);
      }
      ns.add(a.namespace());
    }
    // Workloads come namespace by namespace, mostly: the last namespace is kept at hand.
    String lastNamespace = null;
    for (Workload w : this.workloads) {
      if (!w.namespace().equals(lastNamespace)) {
        lastNamespace = w.namespace();
        ns.add(lastNamespace);
      }
    }
    for (TokenSecret t : this.tokens) {
      ns.add(t.namespace());
    }
    this.namespaces = Collections.unmodifiableSet(new TreeSet<>(ns));
    this.accountNames = new AccountNames(this.bindings, this.accounts, this.workloads, this.tokens, this.namespaces);
  }

  /**
   * The service account names of each namespace: those of its ServiceAccounts, and those that
   * subjects, workloads and token Secrets name there, and {@code default} in every namespace,
   * each namespace's sorted. Put together on first use: only the escalation graph asks, not a
   * scan's checks, which most often do not build it.
   */
  private static final class AccountNames {
    private final List<Binding> bindings;
    private final List<ServiceAccountObject> accounts;
    private final List<Workload> workloads;
    private final List<TokenSecret> tokens;
    private final Set<String> namespaces;
    private volatile Map<String, Set<String>> byNamespace;

    AccountNames(List<Binding> bindings, List<ServiceAccountObject> accounts, List<Workload> workloads,
        List<TokenSecret> tokens, Set<String> namespaces) {
      this.bindings = bindings;
      this.accounts = accounts;
      this.workloads = workloads;
      this.tokens = tokens;
      this.namespaces = namespaces;
    }

    Set<String> of(String namespace) {
      Map<String, Set<String>> names = byNamespace;
      if (names == null) {
        names = make();
      }
      return names.getOrDefault(namespace, Set.of("default"));
    }

    private synchronized Map<String, Set<String>> make() {
      if (byNamespace != null) {
        return byNamespace;
      }
      Map<String, Set<String>> names = new HashMap<>();
      // A binding's service accounts are mostly of one namespace: the set of the last one is kept at hand.
      String lastNamespace = null;
      Set<String> lastNames = null;
      for (Binding b : bindings) {
        for (Subject s : b.subjects()) {
          if (s.namespace().isPresent()) {
            String n = s.namespace().get();
            if (!n.equals(lastNamespace)) {
              lastNamespace = n;
              lastNames = names.computeIfAbsent(n, k -> new java.util.HashSet<>());
            }
            lastNames.add(s.name());
          }
        }
      }
      for (ServiceAccountObject a : accounts) {
        names.computeIfAbsent(a.namespace(), k -> new java.util.HashSet<>()).add(a.name());
      }
      // Workloads come namespace by namespace, mostly: the same.
      lastNamespace = null;
      for (Workload w : workloads) {
        if (!w.namespace().equals(lastNamespace)) {
          lastNamespace = w.namespace();
          lastNames = names.computeIfAbsent(lastNamespace, k -> new java.util.HashSet<>());
        }
        lastNames.add(w.serviceAccount());
      }
      for (TokenSecret t : tokens) {
        names.computeIfAbsent(t.namespace(), k -> new java.util.HashSet<>()).add(t.serviceAccount());
      }
      for (String n : namespaces) {
        names.computeIfAbsent(n, k -> new java.util.HashSet<>()).add("default");
      }
      names.replaceAll((k, v) -> sortedNames(v));
      byNamespace = names;
      return names;
    }
  }

  /**
   * The names as an immutable set kept in a sorted array: it iterates in a TreeSet's order and
   * answers contains by binary search, and costs one sort rather than a tree node per name.
   */
  private static Set<String> sortedNames(Set<String> names) {
    String[] sorted = names.toArray(new String[0]);
    java.util.Arrays.sort(sorted);
    List<String> inOrder = List.of(sorted);
    return new java.util.AbstractSet<>() {
      @Override
      public java.util.Iterator<String> iterator() {
        return inOrder.iterator();
      }

      @Override
      public int size() {
        return sorted.length;
      }

      @Override
      public boolean contains(Object o) {
        return o instanceof String name && java.util.Arrays.binarySearch(sorted, name) >= 0;
      }
    };
  }

  /** Adds the binding to a name's list, unless it is there already: named by an earlier subject of the binding (same position), it is last. */
  private static void firstNaming(List<Naming> named, Binding b, Subject s, int at) {
    if (named.isEmpty() || named.get(named.size() - 1).position() != at) {
      named.add(new Naming(b, s, at));
    }
  }

  /**
   * This model with other roles (resolved already) and problems: everything else, and every index
   * of it, is this model's, shared (none changes once built). Only for roles whose namespaces
   * this model has already ({@link #hasNamespacesOf}), as namespaces and their accounts depend on them.
   */
  IndexedRbacModel withRoles(List<Role> roles, List<InputProblem> problems) {
    return new IndexedRbacModel(this, roles, problems);
  }

  private IndexedRbacModel(IndexedRbacModel base, List<Role> roles, List<InputProblem> problems) {
    this.roles = List.copyOf(roles);
    for (Role r : this.roles) {
      rolesById.put(r.id(), r);
    }
    this.problems = List.copyOf(problems);
    this.bindings = base.bindings;
    this.bindingsByRole = base.bindingsByRole;
    this.byUser = base.byUser;
    this.byGroup = base.byGroup;
    this.accounts = base.accounts;
    this.accountsById = base.accountsById;
    this.accountsWithSlash = base.accountsWithSlash;
    this.accountNames = base.accountNames;
    this.tokens = base.tokens;
    this.workloads = base.workloads;
    this.namespaces = base.namespaces;
    this.types = base.types;
    this.abac = base.abac;
  }

  /** Whether every namespace of these roles is one of this model's. */
  boolean hasNamespacesOf(java.util.Collection<Role> roles) {
    for (Role r : roles) {
      if (!r.id().namespace().isEmpty() && !namespaces.contains(r.id().namespace())) {
        return false;
      }
    }
    return true;
  }

  // ---- objects

  @Override
  public List<Role> roles() {
    return roles;
  }

  @Override
  public Optional<Role> role(RoleId id) {
    return Optional.ofNullable(rolesById.get(id));
  }

  @Override
  public List<Binding> bindings() {
    return bindings;
  }

  @Override
  public List<Binding> bindingsOf(RoleId role) {
    return bindingsByRole.getOrDefault(role, List.of());
  }

  @Override
  public Optional<Role> roleOf(Binding binding) {
    return role(binding.roleId());
  }

  @Override
  public List<Binding> bindingsNaming(Subject subject) {
    List<Naming> named = subject.kind() == Subject.Kind.GROUP
        ? byGroup.getOrDefault(subject.name(), List.of())
        : byUser.getOrDefault(subject.userName().orElse(""), List.of());
    return named.stream().filter(n -> n.subject().equals(subject)).map(Naming::binding).toList();
  }

  @Override
  public Set<Subject> subjects() {
    java.util.SortedSet<Subject> sorted = subjects;
    if (sorted == null) {
      // A sorted view, so that callers copying it into a TreeSet (the escalation graph) copy without comparing.
      TreeSet<Subject> all = new TreeSet<>();
      for (Binding b : bindings) {
        all.addAll(b.subjects());
      }
      sorted = Collections.unmodifiableSortedSet(all);
      subjects = sorted;
    }
    return sorted;
  }

  @Override
  public boolean names(Subject subject) {
    // Every binding naming the subject is indexed under its group or user name (with its first
    // subject of that name, maybe another one: a User named as a service account), so it is among these.
    List<Naming> candidates = subject.kind() == Subject.Kind.GROUP
        ? byGroup.getOrDefault(subject.name(), List.of())
        : byUser.getOrDefault(subject.userName().orElse(""), List.of());
    for (Naming n : candidates) {
      if (n.subject().equals(subject) || n.binding().subjects().contains(subject)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public List<ServiceAccountObject> serviceAccounts() {
    return accounts;
  }

  @Override
  public Optional<ServiceAccountObject> serviceAccount(String namespace, String name) {
    // A key namespace/name with one slash is only that of an account without a slash in either.
    if (hasSlash(namespace, name)) {
      return Optional.ofNullable(accountsWithSlash.get(namespace + "/" + name));
    }
    Map<String, ServiceAccountObject> inNamespace = accountsById.get(namespace);
    return Optional.ofNullable(inNamespace == null ? null : inNamespace.get(name));
  }

  private static boolean hasSlash(String namespace, String name) {
    return namespace.indexOf('/') >= 0 || name.indexOf('/') >= 0;
  }

  @Override
  public Set<String> serviceAccountNames(String namespace) {
    return accountNames.of(namespace);
  }

  @Override
  public List<TokenSecret> tokenSecrets() {
    return tokens;
  }

  @Override
  public List<Workload> workloads() {
    return workloads;
  }

  @Override
  public Set<String> namespaces() {
    return namespaces;
  }

  @Override
  public ResourceTypes resourceTypes() {
    return types;
  }

  @Override
  public List<AbacPolicy> abacPolicies() {
    return abac;
  }

  @Override
  public List<InputProblem> problems() {
    return problems;
  }

  // ---- queries

  @Override
  public List<Grant> grantsTo(Identity identity) {
    List<Grant> out = new ArrayList<>();
    for (RoleGrant rg : roleGrantsTo(identity)) {
      for (PolicyRule rule : rg.role().rules()) {
        out.add(new Grant(rg.binding(), rg.subject(), rg.role(), rule));
      }
    }
    return out;
  }

  @Override
  public List<RoleGrant> roleGrantsTo(Identity identity) {
    // In input order, as the authorizer lists bindings (ClusterRoleBindings first, below).
    List<Naming> byName = byUser.getOrDefault(identity.user(), List.of());
    boolean named = !byName.isEmpty();
    for (String g : identity.groups()) {
      named |= byGroup.containsKey(g);
    }
    if (!named) {
      // Most identities of a cluster (every service account of every namespace) have no binding at all.
      return List.of();
    }
    List<RoleGrant> cluster = new ArrayList<>();
    List<RoleGrant> namespaced = new ArrayList<>();
    Matched matched = matched(byName, identity);
    for (Naming n : matched.namings()) {
      Binding b = n.binding();
      Role role = rolesById.get(b.roleId());
      if (role != null) {
        Subject first = matched.oneName() ? n.subject() : firstApplying(b, identity);
        (b.isClusterRoleBinding() ? cluster : namespaced).add(new RoleGrant(b, first, role));
      }
    }
    cluster.addAll(namespaced);
    return cluster;
  }

  /**
   * The bindings naming the identity, as namings, and whether they are those of one name only.
   * Then no other name of the identity is named anywhere, so a naming's subject (its binding's
   * first subject of that name) is the binding's first subject applying to the identity.
   */
  private record Matched(java.util.Collection<Naming> namings, boolean oneName) {}

  /**
   * The bindings naming the identity's user name or one of its groups, in input order, each once.
   * Each name's list holds a binding once, in input order: when only one list is not empty (the
   * usual case), it is the answer as it is; otherwise they are merged by position.
   */
  private Matched matched(List<Naming> byName, Identity identity) {
    List<Naming> only = byName.isEmpty() ? null : byName;
    int lists = only == null ? 0 : 1;
    for (String g : identity.groups()) {
      List<Naming> named = byGroup.get(g);
      if (named != null) {
        only = named;
        lists++;
      }
    }
    if (lists == 1) {
      return new Matched(only, true);
    }
    Map<Integer, Naming> merged = new TreeMap<>();
    for (Naming n : byName) {
      merged.put(n.position(), n);
    }
    for (String g : identity.groups()) {
      for (Naming n : byGroup.getOrDefault(g, List.of())) {
        merged.put(n.position(), n);
      }
    }
    return new Matched(merged.values(), false);
  }

  /**
   * What bindings whose role exists (only those grant anything) name, worked out on first use: the
   * names of their users, their groups, whether a group every user or service account is in is
   * among them, and the service-account user names they name (those of their service accounts,
   * and users named so) as namespace and name, so that a service account is looked up without
   * spelling its user name.
   *
   * <p>{@code accounts} holds the pair (a, b) exactly when some such user name is
   * {@code system:serviceaccount:} + a + {@code :} + b: for each, every split at one of its colons
   * (one split for the usual name, whose namespace and name hold no colon).
   */
  private record Granting(Set<String> users, Set<String> groups, boolean implicitGroups,
      Map<String, Set<String>> accounts) {

    boolean namesAccount(String namespace, String name) {
      Set<String> names = accounts.get(namespace);
      return names != null && names.contains(name);
    }

    /** Whether some granting user name is {@code system:serviceaccount:} + {@code rest}: some split of it is held. */
    boolean namesAccountUser(String rest) {
      for (int c = rest.indexOf(':'); c >= 0; c = rest.indexOf(':', c + 1)) {
        if (namesAccount(rest.substring(0, c), rest.substring(c + 1))) {
          return true;
        }
      }
      return false;
    }
  }

  private volatile Granting granting;

  private Granting granting() {
    Granting g = granting;
    if (g == null) {
      Set<String> users = new java.util.HashSet<>();
      Set<String> groups = new java.util.HashSet<>();
      Map<String, Set<String>> accounts = new HashMap<>();
      for (Binding b : bindings) {
        if (rolesById.containsKey(b.roleId())) {
          for (Subject s : b.subjects()) {
            switch (s.kind()) {
              case GROUP -> groups.add(s.name());
              case USER -> {
                users.add(s.name());
                if (s.name().startsWith(ServiceAccounts.USER_PREFIX)) {
                  addSplits(accounts, s.name().substring(ServiceAccounts.USER_PREFIX.length()));
                }
              }
              case SERVICE_ACCOUNT -> {
                // Without a namespace it has no user name (Subject.userName), so names nobody.
                if (s.namespace().isPresent()) {
                  String ns = s.namespace().get();
                  if (ns.indexOf(':') < 0 && s.name().indexOf(':') < 0) {
                    // Its user name has one colon after the prefix: its one split is this pair.
                    accounts.computeIfAbsent(ns, k -> new java.util.HashSet<>()).add(s.name());
                  } else {
                    addSplits(accounts, ns + ":" + s.name());
                  }
                }
              }
            }
          }
        }
      }
      boolean implicit = groups.stream().anyMatch(n -> n.equals(ServiceAccounts.AUTHENTICATED)
          || n.equals(ServiceAccounts.UNAUTHENTICATED) || n.equals(ServiceAccounts.ALL_GROUP) || n.startsWith(ServiceAccounts.GROUP_PREFIX));
      g = new Granting(users, groups, implicit, accounts);
      granting = g;
    }
    return g;
  }

  /** Every split of {@code rest} at one of its colons, as (namespace, name). */
  private static void addSplits(Map<String, Set<String>> accounts, String rest) {
    for (int c = rest.indexOf(':'); c >= 0; c = rest.indexOf(':', c + 1)) {
      accounts.computeIfAbsent(rest.substring(0, c), k -> new java.util.HashSet<>()).add(rest.substring(c + 1));
    }
  }

  @Override
  public boolean holdsRoleGrants(Subject subject) {
    Granting g = granting();
    // An identity is granted through its user name or its groups (roleGrantsTo). A group's identity
    // has the user name "" and that group; a user's or service account's groups are the implicit
    // ones (Identity.user), so when no granting binding names one, only its user name can be named.
    // Granting user names are those of users (users) and of service accounts (all in accounts,
    // with the users named as service accounts): every one of the latter starts with the prefix.
    boolean byName = switch (subject.kind()) {
      case GROUP -> g.users().contains("") || g.groups().contains(subject.name());
      case USER -> g.users().contains(subject.name()) || (subject.name().startsWith(ServiceAccounts.USER_PREFIX)
          && g.namesAccountUser(subject.name().substring(ServiceAccounts.USER_PREFIX.length())));
      case SERVICE_ACCOUNT -> subject.namespace().isPresent()
          ? g.namesAccount(subject.namespace().get(), subject.name())
          : g.users().contains("");
    };
    if (byName) {
      return true;
    }
    return subject.kind() != Subject.Kind.GROUP && g.implicitGroups() && !roleGrantsTo(subject.identity()).isEmpty();
  }

  /** The first subject of the binding that applies to the identity, as the authorizer names it. */
  private static Subject firstApplying(Binding b, Identity identity) {
    for (Subject s : b.subjects()) {
      boolean applies = switch (s.kind()) {
        case GROUP -> identity.inGroup(s.name());
        case USER, SERVICE_ACCOUNT -> s.hasUserName(identity.user());
      };
      if (applies) {
        return s;
      }
    }
    throw new IllegalStateException("binding " + b.display() + " does not name " + identity.display());
  }

  @Override
  public List<Grant> grantsTo(Identity identity, String namespace) {
    return grantsTo(identity).stream().filter(g -> g.scope().covers(namespace)).toList();
  }

  @Override
  public Decision authorize(Identity identity, Request request) {
    if (identity.inGroup(ServiceAccounts.MASTERS)) {
      return new Decision(identity, request, true, List.of(new Reason.PrivilegedGroup()), List.of());
    }
    String ns = request instanceof Request.ResourceRequest r ? r.namespace() : "";
    List<Reason> reasons = new ArrayList<>();
    List<Grant> all = grantsTo(identity);
    for (Grant g : all) {
      if (g.scope().covers(ns) && g.rule().allows(request)) {
        reasons.add(new Reason.RbacGrant(g));
      }
    }
    for (AbacPolicy p : abac) {
      if (p.allows(identity, request)) {
        reasons.add(new Reason.AbacGrant(p));
      }
    }
    if (!reasons.isEmpty()) {
      return new Decision(identity, request, true, reasons, List.of());
    }
    return new Decision(identity, request, false, List.of(), nearMisses(all, request, ns));
  }

  /** Grants that would allow the request elsewhere, or that cover its resource with other verbs or names. */
  private static List<Grant> nearMisses(List<Grant> grants, Request request, String ns) {
    List<Grant> out = new ArrayList<>();
    for (Grant g : grants) {
      PolicyRule rule = g.rule();
      boolean close = switch (request) {
        case Request.ResourceRequest r -> !g.scope().covers(ns) ? rule.allows(r)
            : rule.matchesApiGroup(r.apiGroup()) && rule.matchesResource(r.resource(), r.subresource());
        case Request.NonResourceRequest n -> rule.matchesNonResourceURL(n.path());
      };
      if (close) {
        out.add(g);
      }
    }
    return out;
  }

  @Override
  public boolean namespaced(Request request) {
    return request instanceof Request.ResourceRequest r && types.namespaced(r.apiGroup(), r.resource());
  }

  @Override
  public List<Grant.RoleRule> rolesAllowing(Request request) {
    return rolesAllowing(request, null);
  }

  /**
   * Rules of every role by the entry of {@code resources} they hold ({@code pods}, {@code pods/exec},
   * {@code *}, {@code *}/exec), and the non-resource rules.
   */
  private record RuleIndex(Map<String, List<Grant.RoleRule>> byResource, List<Grant.RoleRule> nonResource) {}

  private RuleIndex ruleIndex() {
    RuleIndex index = ruleIndex;
    if (index == null) {
      Map<String, List<Grant.RoleRule>> byResource = new HashMap<>();
      List<Grant.RoleRule> nonResource = new ArrayList<>();
      for (Role r : roles) {
        for (PolicyRule rule : r.rules()) {
          Grant.RoleRule rr = new Grant.RoleRule(r, rule);
          if (rule.isResourceRule()) {
            for (String res : new LinkedHashSet<>(rule.resources())) {
              byResource.computeIfAbsent(res, k -> new ArrayList<>()).add(rr);
            }
          } else {
            nonResource.add(rr);
          }
        }
      }
      index = new RuleIndex(byResource, nonResource);
      ruleIndex = index;
    }
    return index;
  }

  /** As {@link #rolesAllowing(Request)}; Roles only of {@code roleNamespace} when not null ("" for none). */
  private List<Grant.RoleRule> rolesAllowing(Request request, String roleNamespace) {
    Map<RoleId, Grant.RoleRule> out = new LinkedHashMap<>();
    switch (request) {
      case Request.ResourceRequest r -> {
        candidates(r.combinedResource(), r, out, roleNamespace);
        candidates(PolicyRule.ALL, r, out, roleNamespace);
        if (!r.subresource().isEmpty()) {
          candidates("*/" + r.subresource(), r, out, roleNamespace);
        }
      }
      case Request.NonResourceRequest n -> {
        for (Grant.RoleRule rr : ruleIndex().nonResource()) {
          if (rr.rule().allows(n)) {
            out.putIfAbsent(rr.role().id(), rr);
          }
        }
      }
    }
    return List.copyOf(out.values());
  }

  private void candidates(String key, Request.ResourceRequest r, Map<RoleId, Grant.RoleRule> out, String roleNamespace) {
    for (Grant.RoleRule rr : ruleIndex().byResource().getOrDefault(key, List.of())) {
      RoleId id = rr.role().id();
      if (roleNamespace != null && id.kind() == RoleKind.ROLE && !id.namespace().equals(roleNamespace)) {
        continue;
      }
      if (!out.containsKey(id) && rr.rule().allows(r)) {
        out.put(rr.role().id(), rr);
      }
    }
  }

  @Override
  public List<SubjectAccess> whoCan(Request request, Optional<String> namespace) {
    boolean clusterScoped = !namespaced(request);
    Map<Subject, Access> found = new HashMap<>();
    found.computeIfAbsent(Subject.group(ServiceAccounts.MASTERS), s -> new Access()).add(Scope.CLUSTER, new Reason.PrivilegedGroup());
    // Roles of other namespaces cannot answer a question about one namespace, nor Roles at all a cluster-scoped one.
    String roleNamespace = clusterScoped ? "" : namespace.orElse(null);
    for (Grant.RoleRule rr : rolesAllowing(request, roleNamespace)) {
      for (Binding b : bindingsOf(rr.role().id())) {
        Scope scope = b.scope();
        if (!scope.isCluster() && (clusterScoped || namespace.filter(n -> !n.equals(b.namespace())).isPresent())) {
          continue;
        }
        for (Subject s : b.subjects()) {
          found.computeIfAbsent(s, k -> new Access()).add(scope, new Reason.RbacGrant(new Grant(b, s, rr.role(), rr.rule())));
        }
      }
    }
    for (AbacPolicy p : abac) {
      Optional<Subject> s = p.subject();
      if (s.isEmpty()) {
        continue;
      }
      Optional<Scope> scope = abacScope(p, request, namespace, clusterScoped);
      if (scope.isPresent()) {
        found.computeIfAbsent(s.get(), k -> new Access()).add(scope.get(), new Reason.AbacGrant(p));
      }
    }
    List<Subject> subjects = new ArrayList<>(found.keySet());
    java.util.Collections.sort(subjects);
    List<SubjectAccess> out = new ArrayList<>(subjects.size());
    for (Subject s : subjects) {
      Access a = found.get(s);
      out.add(new SubjectAccess(s, a.cluster ? List.of(Scope.CLUSTER) : a.sortedScopes(), a.via));
    }
    return out;
  }

  /** Where an ABAC policy allows the request, if anywhere asked. */
  private static Optional<Scope> abacScope(AbacPolicy p, Request request, Optional<String> namespace, boolean clusterScoped) {
    if (request instanceof Request.NonResourceRequest) {
      return p.requestMatches(request) ? Optional.of(Scope.CLUSTER) : Optional.empty();
    }
    Request.ResourceRequest r = (Request.ResourceRequest) request;
    String pns = p.namespace();
    if (pns.equals(PolicyRule.ALL)) {
      String ns = clusterScoped ? "" : namespace.orElse("");
      return p.requestMatches(r.inNamespace(ns)) ? Optional.of(Scope.CLUSTER) : Optional.empty();
    }
    if (pns.isEmpty()) {
      boolean asked = clusterScoped || namespace.isEmpty();
      return asked && p.requestMatches(r.inNamespace("")) ? Optional.of(Scope.CLUSTER) : Optional.empty();
    }
    if (clusterScoped || namespace.filter(n -> !n.equals(pns)).isPresent()) {
      return Optional.empty();
    }
    return p.requestMatches(r.inNamespace(pns)) ? Optional.of(Scope.namespace(pns)) : Optional.empty();
  }

  /** Scopes and reasons collected for one subject. */
  private static final class Access {
    boolean cluster;
    final List<Scope> scopes = new ArrayList<>(2);
    final List<Reason> via = new ArrayList<>(2);

    void add(Scope scope, Reason reason) {
      if (scope.isCluster()) {
        cluster = true;
      } else if (!scopes.contains(scope)) {
        scopes.add(scope);
      }
      via.add(reason);
    }

    List<Scope> sortedScopes() {
      scopes.sort(null);
      return scopes;
    }
  }

  @Override
  public boolean clusterAdmin(Identity identity) {
    if (identity.inGroup(ServiceAccounts.MASTERS)) {
      return true;
    }
    for (Grant g : grantsTo(identity)) {
      if (g.scope().isCluster() && g.rule().grantsEverything()) {
        return true;
      }
    }
    return false;
  }
}
