package dev.kubeward.rbac;

import dev.kubeward.core.k8s.PodSpecView;
import dev.kubeward.core.k8s.PodSpecs;
import dev.kubeward.core.k8s.LabelSelector;
import dev.kubeward.core.model.Field;
import dev.kubeward.core.model.Resource;
import dev.kubeward.core.model.ResourceRef;
import dev.kubeward.core.source.InputProblem;
import dev.kubeward.core.yaml.MapNode;
import dev.kubeward.core.yaml.Node;
import dev.kubeward.core.yaml.ScalarNode;
import dev.kubeward.core.yaml.SeqNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads the objects the model is made of from a resource, with the API server's validation of
 * RBAC objects: an object it would reject is reported as an error and grants nothing. Values of
 * the wrong type are reported with their position.
 */
final class ObjectReader {

  static final String RBAC_GROUP = "rbac.authorization.k8s.io";
  static final String DEFAULT_NAMESPACE = "default";

  private final Resource resource;
  private final String file;
  private final Consumer<InputProblem> problems;
  private boolean rejected;
  private int rejections;

  private ObjectReader(Resource resource, Consumer<InputProblem> problems) {
    this.resource = resource;
    this.file = resource.file().name();
    this.problems = problems;
  }

  /** What one resource is for the model. */
  sealed interface Read {}

  record RoleRead(Role role) implements Read {}

  /**
   * @param userNames each subject's user name ({@link Subject#userName}), null for a group: spelt
   *     (and hashed) here, on the reading threads, for the model's index of bindings by user name
   */
  record BindingRead(Binding binding, String[] userNames) implements Read {}

  record AccountRead(ServiceAccountObject account) implements Read {}

  record TokenRead(TokenSecret secret) implements Read {}

  record WorkloadRead(Workload workload) implements Read {}

  record TypeRead(ResourceType type) implements Read {}

  record NamespaceRead(String name) implements Read {}

  /** Nothing the model uses. */
  record Ignored() implements Read {}

  /**
   * @param defaultedNamespace told when a namespaced object has no namespace (taken as {@code default})
   */
  static Read read(Resource r, Consumer<InputProblem> problems, Runnable defaultedNamespace) {
    String group = r.group();
    String kind = r.kind();
    ObjectReader reader = new ObjectReader(r, problems);
    if (group.equals(RBAC_GROUP)) {
      Read read = switch (kind) {
        case "Role" -> reader.role(RoleKind.ROLE, namespace(r, defaultedNamespace));
        case "ClusterRole" -> reader.role(RoleKind.CLUSTER_ROLE, "");
        case "RoleBinding" -> reader.binding(Binding.BindingKind.ROLE_BINDING, namespace(r, defaultedNamespace));
        case "ClusterRoleBinding" -> reader.binding(Binding.BindingKind.CLUSTER_ROLE_BINDING, "");
        default -> new Ignored();
      };
      return reader.rejected ? new Ignored() : read;
    }
    if (group.isEmpty()) {
      switch (kind) {
        case "ServiceAccount" -> {
          return new AccountRead(new ServiceAccountObject(namespace(r, defaultedNamespace), r.name(),
              r.root().get("automountServiceAccountToken").flatMap(Field::bool), reader.source()));
        }
        case "Secret" -> {
          return reader.tokenSecret(namespace(r, defaultedNamespace));
        }
        case "Namespace" -> {
          return new NamespaceRead(r.name());
        }
        default -> { }
      }
    }
    if (group.equals("apiextensions.k8s.io") && kind.equals("CustomResourceDefinition")) {
      return reader.crd();
    }
    if (PodSpecs.isWorkloadKind(group, kind)) {
      Optional<PodSpecView> pod = PodSpecs.of(r);
      if (pod.isPresent()) {
        String ns = namespace(r, defaultedNamespace);
        ResourceRef ref = new ResourceRef(r.apiVersion(), kind, Optional.of(ns), r.name());
        return new WorkloadRead(new Workload(ref, pod.get().serviceAccountName(),
            pod.get().get("automountServiceAccountToken").flatMap(Field::bool), reader.source()));
      }
    }
    return new Ignored();
  }

  private static String namespace(Resource r, Runnable defaulted) {
    Optional<String> ns = r.namespace().filter(s -> !s.isEmpty());
    if (ns.isEmpty()) {
      defaulted.run();
    }
    return ns.orElse(DEFAULT_NAMESPACE);
  }

  private ObjectSource source() {
    return new ObjectSource(file, resource.root().line(), resource.root().column());
  }

  private ResourceRef ref(String namespace) {
    return new ResourceRef(resource.apiVersion(), resource.kind(),
        namespace.isEmpty() ? Optional.empty() : Optional.of(namespace), resource.name());
  }

  // ---- roles

  private Read role(RoleKind kind, String namespace) {
    requireName();
    Field root = resource.root();
    ResourceRef owner = ref(namespace);
    List<PolicyRule> rules = new ArrayList<>();
    Optional<Field> rulesField = root.get("rules");
    if (rulesField.isPresent()) {
      if (!rulesField.get().isSeq()) {
        reject(rulesField.get(), "rules must be a list, found " + rulesField.get().shape());
      } else {
        // The items' nodes, not a located field each (Field#items): a rule's field is made only for an error about it.
        List<Node> items = ((SeqNode) rulesField.get().node()).items();
        for (int i = 0; i < items.size(); i++) {
          rule(rulesField.get(), items.get(i), i, kind == RoleKind.ROLE, owner).ifPresent(rules::add);
        }
      }
    }
    Optional<AggregationRule> aggregation = Optional.empty();
    Optional<Field> agg = root.get("aggregationRule");
    if (agg.isPresent()) {
      if (kind == RoleKind.ROLE) {
        problems.accept(InputProblem.warning(file, agg.get().line(), agg.get().column(),
            "a Role has no aggregationRule (only ClusterRoles aggregate); the field is ignored"));
      } else {
        aggregation = aggregationRule(agg.get());
      }
    }
    RoleId id = new RoleId(kind, namespace, resource.name());
    // One immutable copy for both: the stated rules are the rules until aggregation gives them others.
    List<PolicyRule> stated = List.copyOf(rules);
    return new RoleRead(new Role(id, resource.labels(), stated, stated, aggregation, List.of(), source()));
  }

  /** Rule {@code index} of the list {@code rules}, whose node is {@code node}. */
  private Optional<PolicyRule> rule(Field rules, Node node, int index, boolean namespaced, ResourceRef owner) {
    if (!(node instanceof MapNode map)) {
      Field rule = item(rules, index);
      reject(rule, "rules[" + index + "] must be a mapping, found " + rule.shape());
      return Optional.empty();
    }
    int before = rejections;
    RuleLists lists = RuleLists.read(map);
    if (lists == null) {
      // Some value is not a list of strings: read key by key, which reports it where it is.
      Field rule = item(rules, index);
      lists = new RuleLists(strings(rule, "verbs"), strings(rule, "apiGroups"), strings(rule, "resources"),
          strings(rule, "resourceNames"), strings(rule, "nonResourceURLs"));
    }
    List<String> verbs = lists.verbs();
    List<String> groups = lists.groups();
    List<String> resources = lists.resources();
    List<String> names = lists.names();
    List<String> urls = lists.urls();
    if (rejections > before) {
      // A value of the wrong type is reported already; "required" would only repeat it.
      return Optional.empty();
    }
    if (verbs.isEmpty()) {
      reject(item(rules, index).nearest("verbs"), at("rules", index) + ".verbs must contain at least one verb");
    }
    if (!urls.isEmpty()) {
      if (namespaced) {
        reject(item(rules, index).nearest("nonResourceURLs"),
            at("rules", index) + ".nonResourceURLs: a Role cannot grant non-resource URLs (only a ClusterRole can)");
      }
      if (!groups.isEmpty() || !resources.isEmpty() || !names.isEmpty()) {
        reject(item(rules, index).nearest("nonResourceURLs"),
            at("rules", index) + ": one rule cannot grant both resources and non-resource URLs; split it in two");
      }
    } else {
      if (groups.isEmpty()) {
        reject(item(rules, index).nearest("apiGroups"),
            at("rules", index) + ".apiGroups must name at least one API group (\"\" is the core group)");
      }
      if (resources.isEmpty()) {
        reject(item(rules, index).nearest("resources"), at("rules", index) + ".resources must name at least one resource");
      }
      if (!names.isEmpty() && resources.size() > 1) {
        reject(item(rules, index).nearest("resourceNames"), at("rules", index) + ".resourceNames cannot apply to more than one resource");
      }
    }
    // A list item's position is its node's (Field#line of an item).
    return Optional.of(new PolicyRule(verbs, groups, resources, names, urls,
        new RuleSource(owner, index, file, node.line(), node.column())));
  }

  /** Item {@code index} of a list as a located field, for an error about it (made only then). */
  private static Field item(Field list, int index) {
    return list.items().get(index);
  }

  /** A rule's lists of strings ({@code verbs}, {@code apiGroups}, ...), each empty when absent or null. */
  record RuleLists(List<String> verbs, List<String> groups, List<String> resources, List<String> names,
      List<String> urls) {

    /**
     * The lists in one pass over the rule's keys, as {@link #strings} reads them one key at a
     * time; null when a value is neither null nor a list of scalars (an error to report).
     */
    static RuleLists read(MapNode rule) {
      List<String> verbs = List.of();
      List<String> groups = List.of();
      List<String> resources = List.of();
      List<String> names = List.of();
      List<String> urls = List.of();
      for (int i = 0, n = rule.size(); i < n; i++) {
        String key = rule.name(i);
        boolean listed = switch (key) {
          case "verbs", "apiGroups", "resources", "resourceNames", "nonResourceURLs" -> true;
          default -> false;
        };
        Node value = rule.value(i);
        if (!listed || (value instanceof ScalarNode v && v.isNull())) {
          continue;
        }
        List<String> texts = value instanceof SeqNode seq ? scalarTexts(seq) : null;
        if (texts == null) {
          return null;
        }
        switch (key) {
          case "verbs" -> verbs = texts;
          case "apiGroups" -> groups = texts;
          case "resources" -> resources = texts;
          case "resourceNames" -> names = texts;
          default -> urls = texts;
        }
      }
      return new RuleLists(verbs, groups, resources, names, urls);
    }
  }

  private Optional<AggregationRule> aggregationRule(Field agg) {
    if (!agg.isMap()) {
      reject(agg, "aggregationRule must be a mapping, found " + agg.shape());
      return Optional.empty();
    }
    List<LabelSelector> selectors = new ArrayList<>();
    Optional<Field> sel = agg.get("clusterRoleSelectors");
    if (sel.isPresent() && !sel.get().isSeq()) {
      reject(sel.get(), "aggregationRule.clusterRoleSelectors must be a list, found " + sel.get().shape());
      return Optional.empty();
    }
    for (Field s : sel.map(Field::items).orElse(List.of())) {
      selector(s).ifPresent(selectors::add);
    }
    return Optional.of(new AggregationRule(selectors));
  }

  /** A clusterRoleSelector, validated as the API server validates a label selector. */
  private Optional<LabelSelector> selector(Field s) {
    LabelSelector.Read read = LabelSelector.read(s, file);
    read.problems().forEach(p -> reject(p.line(), p.column(), p.message()));
    return read.selector();
  }

  // ---- bindings

  private Read binding(Binding.BindingKind kind, String namespace) {
    requireName();
    Field root = resource.root();
    Optional<Field> roleRef = root.get("roleRef");
    Binding.RoleRef ref = null;
    if (roleRef.isEmpty() || !roleRef.get().isMap()) {
      reject(roleRef.orElse(root), "roleRef is required: the kind (Role or ClusterRole) and name of the role to grant");
    } else {
      Field rr = roleRef.get();
      Optional<String> refKind = rr.get("kind").flatMap(Field::text);
      Optional<String> name = rr.get("name").flatMap(Field::text).filter(n -> !n.isEmpty());
      Optional<String> apiGroup = rr.get("apiGroup").flatMap(Field::text).filter(g -> !g.isEmpty());
      Optional<RoleKind> rk = refKind.flatMap(RoleKind::parse);
      if (rk.isEmpty() || (kind == Binding.BindingKind.CLUSTER_ROLE_BINDING && rk.get() == RoleKind.ROLE)) {
        String allowed = kind == Binding.BindingKind.CLUSTER_ROLE_BINDING ? "ClusterRole" : "Role or ClusterRole";
        reject(rr.nearest("kind"), "roleRef.kind must be " + allowed + ", found " + refKind.map(k -> "\"" + k + "\"").orElse("nothing"));
      }
      if (name.isEmpty()) {
        reject(rr.nearest("name"), "roleRef.name is required");
      }
      if (apiGroup.isPresent() && !apiGroup.get().equals(RBAC_GROUP)) {
        reject(rr.get("apiGroup").get(), "roleRef.apiGroup must be " + RBAC_GROUP + ", found \"" + apiGroup.get() + "\"");
      }
      if (rk.isPresent() && name.isPresent()) {
        ref = new Binding.RoleRef(rk.get(), name.get());
      }
    }
    List<Subject> subjects = new ArrayList<>();
    Optional<Field> subs = root.get("subjects");
    if (subs.isPresent() && !subs.get().isSeq()) {
      reject(subs.get(), "subjects must be a list, found " + subs.get().shape());
    }
    // The items' nodes, not a located field each (Field#items): a subject's field is made only for an error about it.
    if (subs.isPresent() && subs.get().node() instanceof SeqNode seq) {
      List<Node> items = seq.items();
      for (int i = 0; i < items.size(); i++) {
        subject(subs.get(), items.get(i), i, kind == Binding.BindingKind.ROLE_BINDING, namespace).ifPresent(subjects::add);
      }
    }
    if (ref == null) {
      return new Ignored();
    }
    Binding binding = new Binding(kind, namespace, resource.name(), ref, subjects, source());
    return new BindingRead(binding, userNames(binding.subjects()));
  }

  /** Subject {@code index} of the list {@code subjects}, whose node is {@code node}. */
  private Optional<Subject> subject(Field subjects, Node node, int index, boolean namespaced, String bindingNamespace) {
    if (!(node instanceof MapNode m)) {
      Field s = item(subjects, index);
      reject(s, at("subjects", index) + " must be a mapping, found " + s.shape());
      return Optional.empty();
    }
    // One pass over the keys: the texts Field#get(key).flatMap(Field::text) reads.
    String kindValue = null;
    String nameValue = null;
    String namespaceValue = null;
    String apiGroupValue = null;
    for (int i = 0, n = m.size(); i < n; i++) {
      switch (m.name(i)) {
        case "kind" -> kindValue = text(m.value(i));
        case "name" -> nameValue = text(m.value(i));
        case "namespace" -> namespaceValue = text(m.value(i));
        case "apiGroup" -> apiGroupValue = text(m.value(i));
        default -> { }
      }
    }
    Optional<String> kindText = Optional.ofNullable(kindValue);
    Optional<Subject.Kind> kind = kindText.flatMap(Subject.Kind::parse);
    Optional<String> name = Optional.ofNullable(nameValue).filter(n -> !n.isEmpty());
    Optional<String> namespace = Optional.ofNullable(namespaceValue).filter(n -> !n.isEmpty());
    Optional<String> apiGroup = Optional.ofNullable(apiGroupValue).filter(g -> !g.isEmpty());
    if (kind.isEmpty()) {
      reject(item(subjects, index).nearest("kind"), at("subjects", index) + ".kind must be User, Group or ServiceAccount, found "
          + kindText.map(k -> "\"" + k + "\"").orElse("nothing"));
      return Optional.empty();
    }
    if (name.isEmpty()) {
      reject(item(subjects, index).nearest("name"), at("subjects", index) + ".name is required");
      return Optional.empty();
    }
    switch (kind.get()) {
      case SERVICE_ACCOUNT -> {
        if (apiGroup.isPresent()) {
          reject(item(subjects, index).get("apiGroup").get(), at("subjects", index) + ".apiGroup must be empty for a ServiceAccount (\"" + apiGroup.get()
              + "\" is for users and groups)");
        }
        if (namespace.isEmpty() && !namespaced) {
          reject(item(subjects, index), at("subjects", index) + ": a ServiceAccount subject of a ClusterRoleBinding needs a namespace");
          return Optional.empty();
        }
        return Optional.of(Subject.serviceAccount(namespace.orElse(bindingNamespace), name.get()));
      }
      case USER, GROUP -> {
        if (apiGroup.isPresent() && !apiGroup.get().equals(RBAC_GROUP)) {
          reject(item(subjects, index).get("apiGroup").get(), at("subjects", index) + ".apiGroup must be " + RBAC_GROUP + " for a " + kindText.get()
              + ", found \"" + apiGroup.get() + "\"");
        }
        return Optional.of(kind.get() == Subject.Kind.USER ? Subject.user(name.get()) : Subject.group(name.get()));
      }
      default -> throw new IllegalStateException();
    }
  }

  /** Each subject's user name, null for a group, with its hash worked out (String keeps it). */
  static String[] userNames(List<Subject> subjects) {
    String[] names = new String[subjects.size()];
    for (int i = 0; i < names.length; i++) {
      String user = subjects.get(i).userName().orElse(null);
      if (user != null) {
        user.hashCode();
      }
      names[i] = user;
    }
    return names;
  }

  // ---- other objects

  private Read tokenSecret(String namespace) {
    Optional<String> type = resource.root().get("type").flatMap(Field::text);
    if (type.isEmpty() || !type.get().equals("kubernetes.io/service-account-token")) {
      return new Ignored();
    }
    Optional<String> sa = Optional.ofNullable(resource.annotations().get("kubernetes.io/service-account.name"))
        .filter(n -> !n.isEmpty());
    if (sa.isEmpty()) {
      problems.accept(InputProblem.warning(file, resource.root().line(), resource.root().column(),
          "a Secret of type kubernetes.io/service-account-token needs the annotation kubernetes.io/service-account.name;"
              + " without it the API server rejects it"));
      return new Ignored();
    }
    return new TokenRead(new TokenSecret(namespace, resource.name(), sa.get(), source()));
  }

  private Read crd() {
    Field spec = resource.root().get("spec").orElse(null);
    if (spec == null) {
      return new Ignored();
    }
    Optional<String> group = spec.get("group").flatMap(Field::text);
    Optional<Field> names = spec.get("names");
    Optional<String> plural = names.flatMap(n -> n.get("plural")).flatMap(Field::text);
    if (group.isEmpty() || plural.isEmpty()) {
      problems.accept(InputProblem.warning(file, spec.line(), spec.column(),
          "a CustomResourceDefinition needs spec.group and spec.names.plural; its type cannot be used in queries"));
      return new Ignored();
    }
    String singular = names.flatMap(n -> n.get("singular")).flatMap(Field::text).orElse("");
    String kind = names.flatMap(n -> n.get("kind")).flatMap(Field::text).orElse("");
    if (singular.isEmpty()) {
      singular = kind.toLowerCase(java.util.Locale.ROOT);
    }
    List<String> shortNames = names.map(n -> strings(n, "shortNames")).orElse(List.of());
    boolean namespaced = !spec.get("scope").flatMap(Field::text).orElse("Namespaced").equals("Cluster");
    List<String> subresources = new ArrayList<>();
    for (Field v : spec.get("versions").map(Field::items).orElse(List.of())) {
      for (String sub : List.of("status", "scale")) {
        if (v.at("subresources", sub).isPresent() && !subresources.contains(sub)) {
          subresources.add(sub);
        }
      }
    }
    return new TypeRead(new ResourceType(group.get(), plural.get(), singular, shortNames, kind, namespaced, subresources,
        file + ":" + resource.root().line()));
  }

  // ---- helpers

  private void requireName() {
    if (resource.root().at("metadata", "name").flatMap(Field::text).filter(n -> !n.isEmpty()).isEmpty()) {
      reject(resource.root().nearest("metadata", "name"), "metadata.name is required");
    }
  }

  /** A list of strings: absent or null is empty; another shape, or an element that is not a string, is an error. */
  private List<String> strings(Field parent, String key) {
    Optional<Field> f = parent.get(key);
    if (f.isEmpty()) {
      return List.of();
    }
    if (!(f.get().node() instanceof SeqNode seq)) {
      reject(f.get(), key + " must be a list of strings, found " + f.get().shape());
      return List.of();
    }
    List<String> texts = scalarTexts(seq);
    if (texts != null) {
      return texts;
    }
    List<String> out = new ArrayList<>();
    for (Field item : f.get().items()) {
      Optional<String> t = item.text();
      if (t.isEmpty() && !item.isNull()) {
        reject(item, key + " must hold strings, found " + item.shape());
      } else {
        out.add(t.orElse(""));
      }
    }
    return out;
  }

  /**
   * The texts of a list whose items are all scalars (the usual case), straight from the nodes:
   * what {@link #strings} reads of it, a null item as {@code ""}, without a located field per item,
   * which only the error about an item needs. Null when some item is not a scalar.
   */
  private static List<String> scalarTexts(SeqNode seq) {
    List<Node> nodes = seq.items();
    // Lists of one or two (most apiGroups and resources) are made without an array, which
    // List.of(array) would copy.
    switch (nodes.size()) {
      case 0 -> {
        return List.of();
      }
      case 1 -> {
        String a = scalarText(nodes.get(0));
        return a == null ? null : List.of(a);
      }
      case 2 -> {
        String a = scalarText(nodes.get(0));
        String b = scalarText(nodes.get(1));
        return a == null || b == null ? null : List.of(a, b);
      }
      default -> { }
    }
    String[] texts = new String[nodes.size()];
    for (int i = 0; i < texts.length; i++) {
      texts[i] = scalarText(nodes.get(i));
      if (texts[i] == null) {
        return null;
      }
    }
    return List.of(texts);
  }

  /** A scalar's text as a list item, {@code ""} for a null; null when the node is not a scalar. */
  private static String scalarText(Node n) {
    return n instanceof ScalarNode s ? (s.isNull() ? "" : s.value()) : null;
  }

  /** {@code rules[2]}: where an error is, made only for an error. */
  private static String at(String list, int index) {
    return list + "[" + index + "]";
  }

  /** The text of a non-null scalar, as {@link Field#text()} reads it; null otherwise. */
  static String text(Node n) {
    return n instanceof ScalarNode s && !s.isNull() ? s.value() : null;
  }

  /** An error the API server would reject the object for: it is reported and left out of the model. */
  private void reject(Field at, String message) {
    reject(at.line(), at.column(), message);
  }

  private void reject(int line, int column, String message) {
    rejected = true;
    rejections++;
    problems.accept(InputProblem.error(file, line, column,
        message + " (in " + resource.ref().display() + "); the API server would reject this object, so it grants nothing here"));
  }
}
