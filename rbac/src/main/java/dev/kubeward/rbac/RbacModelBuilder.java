package dev.kubeward.rbac;

import dev.kubeward.core.model.Resource;
import dev.kubeward.core.source.InputProblem;
import dev.kubeward.rbac.abac.AbacPolicy;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Collects the objects of a model; {@link #build()} resolves aggregation and indexes everything.
 * An object defined twice (same kind, namespace and name) is taken from its last definition, with
 * a warning unless the earlier one is a default ({@code --with-defaults}), which the input may
 * override. Not thread-safe; build once.
 */
public final class RbacModelBuilder {

  private final Map<RoleId, Role> roles = new LinkedHashMap<>();
  private final Map<String, Binding> bindings = new LinkedHashMap<>();
  /** The user names of the bindings' subjects as read with them ({@link ObjectReader.BindingRead}), by binding. */
  private final Map<Binding, String[]> userNames = new java.util.IdentityHashMap<>();
  private final List<ServiceAccountObject> accounts = new ArrayList<>();
  private final List<TokenSecret> tokens = new ArrayList<>();
  private final List<Workload> workloads = new ArrayList<>();
  private final List<ResourceType> customTypes = new ArrayList<>();
  private final List<String> namespaces = new ArrayList<>();
  private final List<AbacPolicy> abac = new ArrayList<>();
  private final List<InputProblem> problems = new ArrayList<>();
  private int defaultedNamespaces;
  /** Counts what was added, so that {@link #buildAfter} knows whether the last model built is still this builder's. */
  private int changes;
  private IndexedRbacModel built;
  private int builtAt;
  private String firstDefaulted;
  private String firstDefaultedFile;

  RbacModelBuilder() {}

  /**
   * What {@link #add(Resource)} takes of an object, read on its own: a scan reads it while the
   * object's tree is at hand and adds it once every file is read, so that the tree need not be
   * kept until then. Adding it is adding the object.
   */
  public static final class Part {
    private final ObjectReader.Read read;
    /** Where the object is, for the warning about objects without a namespace, when it has none. */
    private final Optional<String> defaultedAt;
    private final String file;
    private final List<InputProblem> problems;

    private Part(ObjectReader.Read read, Optional<String> defaultedAt, String file, List<InputProblem> problems) {
      this.read = read;
      this.defaultedAt = defaultedAt;
      this.file = file;
      this.problems = List.copyOf(problems);
    }

    /** Whether the model uses anything of the object. */
    public boolean used() {
      return !(read instanceof ObjectReader.Ignored);
    }

    /** Whether the object is a workload with a pod spec. */
    public boolean workload() {
      return read instanceof ObjectReader.WorkloadRead;
    }

    /** The Role or ClusterRole read, as the model takes it (before aggregation); empty for another object, or one rejected. */
    public Optional<Role> role() {
      return read instanceof ObjectReader.RoleRead rr ? Optional.of(rr.role()) : Optional.empty();
    }

    /** The RoleBinding or ClusterRoleBinding read; empty for another object, or one rejected. */
    public Optional<Binding> binding() {
      return read instanceof ObjectReader.BindingRead br ? Optional.of(br.binding()) : Optional.empty();
    }
  }

  /** Reads what the model uses of {@code r}. */
  public static Part part(Resource r) {
    List<InputProblem> met = new ArrayList<>();
    boolean[] defaulted = new boolean[1];
    ObjectReader.Read read = ObjectReader.read(r, met::add, () -> defaulted[0] = true);
    return new Part(read, defaulted[0] ? Optional.of(defaultedAt(r)) : Optional.empty(), r.file().name(), met);
  }

  /** Adds an object read apart, as {@link #add(Resource)} adds it. */
  public RbacModelBuilder add(Part p) {
    changes++;
    problems.addAll(p.problems);
    if (p.defaultedAt.isPresent() && defaultedNamespaces++ == 0) {
      firstDefaulted = p.defaultedAt.get();
      firstDefaultedFile = p.file;
    }
    switch (p.read) {
      case ObjectReader.RoleRead rr -> addRole(rr.role());
      case ObjectReader.BindingRead br -> {
        addBinding(br.binding());
        userNames.put(br.binding(), br.userNames());
      }
      case ObjectReader.AccountRead ar -> accounts.add(ar.account());
      case ObjectReader.TokenRead tr -> tokens.add(tr.secret());
      case ObjectReader.WorkloadRead wr -> workloads.add(wr.workload());
      case ObjectReader.TypeRead tr -> customTypes.add(tr.type());
      case ObjectReader.NamespaceRead nr -> namespaces.add(nr.name());
      case ObjectReader.Ignored i -> { }
    }
    return this;
  }

  private static String defaultedAt(Resource r) {
    return r.file().name() + ":" + r.root().line() + " (" + r.ref().display() + ")";
  }

  /** Adds what the model uses of a resource; other kinds are ignored. */
  public RbacModelBuilder add(Resource r) {
    return add(part(r));
  }

  public RbacModelBuilder addAll(Collection<Resource> resources) {
    resources.forEach(this::add);
    return this;
  }

  /**
   * Adds what {@code other} collected, as if the resources added to it were added here, in the
   * same order: a model built after both takes them in without reading them again. {@code other}
   * is left as it is.
   */
  public RbacModelBuilder addFrom(RbacModelBuilder other) {
    changes++;
    other.roles.values().forEach(this::addRole);
    other.bindings.values().forEach(this::addBinding);
    userNames.putAll(other.userNames);
    accounts.addAll(other.accounts);
    tokens.addAll(other.tokens);
    workloads.addAll(other.workloads);
    customTypes.addAll(other.customTypes);
    namespaces.addAll(other.namespaces);
    abac.addAll(other.abac);
    return takeProblemsFrom(other);
  }

  /** Adds the policies of an ABAC policy file. */
  public RbacModelBuilder addAbac(Collection<AbacPolicy> policies) {
    changes++;
    abac.addAll(policies);
    return this;
  }

  /** Adds a problem met while reading the input, to report with the model's own. */
  public RbacModelBuilder problem(InputProblem p) {
    changes++;
    problems.add(p);
    return this;
  }

  private void addRole(Role role) {
    Role before = roles.remove(role.id());
    if (before != null && !before.source().isDefault()) {
      duplicate(role.id().display(), before.source(), role.source());
    }
    roles.put(role.id(), role);
  }

  private void addBinding(Binding b) {
    String key = b.kind() + "/" + b.namespace() + "/" + b.name();
    Binding before = bindings.remove(key);
    if (before != null && !before.source().isDefault()) {
      duplicate(b.display(), before.source(), b.source());
    }
    bindings.put(key, b);
  }

  private void duplicate(String what, ObjectSource before, ObjectSource now) {
    problems.add(InputProblem.warning(now.file(), now.line(), now.column(),
        what + " is also defined at " + before.location() + "; the later definition is used, as applying both would leave it"));
  }

  public RbacModel build() {
    Aggregation.Result aggregated = Aggregation.resolve(roles.values());
    IndexedRbacModel model = new IndexedRbacModel(aggregated.roles(), List.copyOf(bindings.values()), userNames, accounts,
        tokens, workloads, ResourceTypes.with(customTypes), namespaces, abac, problems(aggregated));
    built = model;
    builtAt = changes;
    return model;
  }

  /**
   * What {@code RbacModel.builder().addFrom(first).addFrom(this).build()} builds. When {@code first}
   * holds roles only (the API server's default ClusterRoles, say) and this builder's own model is
   * built and nothing was added since, that model's bindings, accounts, workloads and namespaces
   * are these, so their indexes are taken over rather than made again: only the roles are resolved anew.
   */
  public RbacModel buildAfter(RbacModelBuilder first) {
    boolean rolesOnly = first.bindings.isEmpty() && first.accounts.isEmpty() && first.tokens.isEmpty()
        && first.workloads.isEmpty() && first.customTypes.isEmpty() && first.namespaces.isEmpty() && first.abac.isEmpty()
        && first.defaultedNamespaces == 0;
    if (!rolesOnly || built == null || builtAt != changes) {
      return RbacModel.builder().addFrom(first).addFrom(this).build();
    }
    // What addFrom(first).addFrom(this) collects of roles and problems, the rest (this builder's,
    // as first has none) left uncopied: the model built takes it from this builder's model.
    RbacModelBuilder both = RbacModel.builder().addRolesFrom(first).addRolesFrom(this);
    Aggregation.Result aggregated = Aggregation.resolve(both.roles.values());
    if (!built.hasNamespacesOf(aggregated.roles())) {
      return RbacModel.builder().addFrom(first).addFrom(this).build();
    }
    return built.withRoles(aggregated.roles(), both.problems(aggregated));
  }

  /**
   * {@link #addFrom} for a builder whose bindings go to an empty builder's (so they meet no earlier
   * definition, and add no problem): its roles, problems and namespace defaulting, in the same order.
   */
  private RbacModelBuilder addRolesFrom(RbacModelBuilder other) {
    changes++;
    other.roles.values().forEach(this::addRole);
    return takeProblemsFrom(other);
  }

  /** Adds {@code other}'s problems and its count of objects given the default namespace, keeping the first one named. */
  private RbacModelBuilder takeProblemsFrom(RbacModelBuilder other) {
    problems.addAll(other.problems);
    if (other.defaultedNamespaces > 0 && defaultedNamespaces == 0) {
      firstDefaulted = other.firstDefaulted;
      firstDefaultedFile = other.firstDefaultedFile;
    }
    defaultedNamespaces += other.defaultedNamespaces;
    return this;
  }

  /** The problems met, the namespace defaulting and the aggregation's, in the order the model lists them. */
  private List<InputProblem> problems(Aggregation.Result aggregated) {
    List<InputProblem> all = new ArrayList<>(problems);
    if (defaultedNamespaces > 0) {
      all.add(InputProblem.warning(firstDefaultedFile, 0, 0,
          defaultedNamespaces + (defaultedNamespaces == 1 ? " namespaced object has" : " namespaced objects have")
              + " no namespace (the first: " + firstDefaulted + "); taken as namespace \"default\", where kubectl apply"
              + " without -n puts them"));
    }
    aggregated.problems().forEach(all::add);
    return all;
  }
}
