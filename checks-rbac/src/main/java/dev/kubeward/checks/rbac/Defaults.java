package dev.kubeward.checks.rbac;

import dev.kubeward.core.model.Field;
import dev.kubeward.core.model.Resource;
import dev.kubeward.rbac.Binding;
import dev.kubeward.rbac.BootstrapPolicy;
import dev.kubeward.rbac.PolicyRule;
import dev.kubeward.rbac.RbacModel;
import dev.kubeward.rbac.Role;
import dev.kubeward.rbac.RoleId;
import dev.kubeward.rbac.RoleKind;
import dev.kubeward.rbac.Subject;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * What the API server creates by itself (its bootstrap policy) and so cannot be fixed in the
 * input: the API server reconciles these objects at every start. A role or binding is a default
 * when the bundled bootstrap policy has it (then its rules and subjects are compared one by one,
 * so what a user added to a default is still judged), or, for the defaults kubeward does not
 * bundle (the controllers' roles, kube-system's Roles), when it carries the label the API server
 * puts on its defaults.
 */
final class Defaults {

  static final String BOOTSTRAP_LABEL = "kubernetes.io/bootstrapping";
  static final String BOOTSTRAP_VALUE = "rbac-defaults";
  static final String CLUSTER_ADMIN = "cluster-admin";

  /** The bundled defaults, read once: an immutable model. */
  private static final class Bundled {
    static final RbacModel MODEL = RbacModel.of(BootstrapPolicy.resources());
    static final Map<String, Binding> BINDINGS = bindings();

    private static Map<String, Binding> bindings() {
      Map<String, Binding> out = new HashMap<>();
      MODEL.bindings().forEach(b -> out.put(b.name(), b));
      return Map.copyOf(out);
    }
  }

  private Defaults() {}

  static RbacModel bundled() {
    return Bundled.MODEL;
  }

  /** The bundled default role of that name and kind. */
  static Optional<Role> bundledRole(RoleId id) {
    return Bundled.MODEL.role(id);
  }

  static boolean labelled(Map<String, String> labels) {
    return BOOTSTRAP_VALUE.equals(labels.get(BOOTSTRAP_LABEL));
  }

  /** Whether a role of the input (or of the bundled policy) is one the API server creates. */
  static boolean isDefault(Role role) {
    return role.source().isDefault() || bundledRole(role.id()).isPresent() || labelled(role.labels());
  }

  /**
   * Whether {@code rule}, written in {@code writer}, is the API server's own: every rule of a
   * bundled default role, a rule of an input role the bundled policy has only when the bundled
   * role has the same rule, every rule of a labelled default kubeward does not bundle.
   */
  static boolean isDefaultRule(PolicyRule rule, Optional<Role> writer) {
    if (rule.source().file().startsWith(BootstrapPolicy.FILE_PREFIX)) {
      return true;
    }
    if (writer.isEmpty()) {
      return false;
    }
    Optional<Role> bundled = bundledRole(writer.get().id());
    if (bundled.isPresent()) {
      Content c = Content.of(rule);
      return bundled.get().statedRules().stream().anyMatch(r -> Content.of(r).equals(c));
    }
    return labelled(writer.get().labels());
  }

  /**
   * The subjects of an input binding that the API server did not put there: for a bundled default
   * binding, those it does not have; none for a labelled default kubeward does not bundle.
   */
  static List<Subject> addedSubjects(Binding b, Map<String, String> labels) {
    return addedSubjects(b, () -> labelled(labels));
  }

  /** {@link #addedSubjects(Binding, Map)} of a binding whose label was looked up already ({@link #labelled(Resource)}). */
  static List<Subject> addedSubjects(Binding b, boolean labelled) {
    return addedSubjects(b, () -> labelled);
  }

  private static List<Subject> addedSubjects(Binding b, BooleanSupplier labelled) {
    if (b.source().isDefault()) {
      return List.of();
    }
    Binding bundled = b.isClusterRoleBinding() ? Bundled.BINDINGS.get(b.name()) : null;
    if (bundled != null && bundled.roleId().equals(b.roleId())) {
      Set<Subject> defaults = new HashSet<>(bundled.subjects());
      return b.subjects().stream().filter(s -> !defaults.contains(s)).toList();
    }
    return labelled.getAsBoolean() ? List.of() : b.subjects();
  }

  /**
   * {@code labelled(r.labels())} without the map: the one label's text, as {@link Resource#labels}
   * would hold it (a non-null scalar; the loader keeps one value per key).
   */
  static boolean labelled(Resource r) {
    return r.root().at("metadata", "labels", BOOTSTRAP_LABEL).flatMap(Field::text).filter(BOOTSTRAP_VALUE::equals).isPresent();
  }

  /** Whether the API server creates a ClusterRole of this name at start. */
  static boolean bundledClusterRole(String name) {
    return bundledRole(new RoleId(RoleKind.CLUSTER_ROLE, "", name)).isPresent();
  }

  /** A rule's content, without where it is written; lists compared as sets, as order does not change a rule. */
  record Content(Set<String> verbs, Set<String> groups, Set<String> resources, Set<String> names, Set<String> urls) {
    static Content of(PolicyRule r) {
      return new Content(Set.copyOf(r.verbs()), Set.copyOf(r.apiGroups()), Set.copyOf(r.resources()),
          Set.copyOf(r.resourceNames()), Set.copyOf(r.nonResourceURLs()));
    }
  }
}
