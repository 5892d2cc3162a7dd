package dev.kubeward.checks.rbac;

import dev.kubeward.core.model.Anchor;
import dev.kubeward.core.model.Field;
import dev.kubeward.core.model.FieldPath;
import dev.kubeward.core.model.Resource;
import dev.kubeward.core.yaml.Node;
import dev.kubeward.core.yaml.SeqNode;
import dev.kubeward.rbac.Binding;
import dev.kubeward.rbac.RbacModelBuilder;
import dev.kubeward.rbac.Role;
import dev.kubeward.rbac.Subject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the RBAC rules keep of one RBAC object, ServiceAccount or Namespace, read in the first
 * pass while its tree is whole: what the model takes of it, and where the rules' findings about
 * it point. The index keeps no RBAC tree, so the late phase reports at these places.
 *
 * <p>Every object of the digest's kinds has one, also an object the model leaves out (rejected,
 * or of another API group): an object without one is an object whose reading failed (an internal
 * error, reported as such).
 *
 * @param places where findings about a Role or ClusterRole ({@link RolePlaces}) or a binding
 *     ({@link BindingPlaces}) point; {@link NoPlaces} for other objects and for objects the model
 *     leaves out
 * @param bootstrapLabelled whether a Role, ClusterRole or binding carries the label of the API
 *     server's own objects ({@link Defaults#labelled(Resource)}); false for other kinds
 */
record RbacObject(RbacModelBuilder.Part part, Places places, boolean bootstrapLabelled) {

  private static final Set<String> RBAC_KINDS = Set.of("Role", "ClusterRole", "RoleBinding", "ClusterRoleBinding");

  /** Reads the digest of {@code r}. */
  static RbacObject read(Resource r) {
    RbacModelBuilder.Part part = RbacModelBuilder.part(r);
    boolean labelled = RBAC_KINDS.contains(r.kind()) && Defaults.labelled(r);
    return new RbacObject(part, places(r, part, labelled), labelled);
  }

  private static Places places(Resource r, RbacModelBuilder.Part part, boolean labelled) {
    Field root = r.root();
    Optional<Role> role = part.role();
    if (role.isPresent()) {
      List<RulePlaces> rules = new ArrayList<>();
      for (Field rule : root.get("rules").map(Field::items).orElse(List.of())) {
        rules.add(new RulePlaces(Place.of(rule), Place.of(rule.nearest("verbs")), Place.of(rule.nearest("resources")),
            Place.of(rule.nearest("apiGroups"))));
      }
      return new RolePlaces(Place.of(root.nearest("metadata", "name")), Place.of(root.nearest("aggregationRule")), rules);
    }
    Optional<Binding> binding = part.binding();
    if (binding.isPresent()) {
      return new BindingPlaces(Place.of(root.nearest("roleRef", "name")), entries(r, binding.get(), labelled));
    }
    return new NoPlaces();
  }

  /**
   * A place a finding may point to, kept as its path and position: the path's text is made only
   * when a finding is, as {@link Anchor#of(Field)} would make it of the field.
   */
  record Place(FieldPath path, int line, int column) {
    static Place of(Field f) {
      return new Place(f.path(), f.line(), f.column());
    }

    Anchor anchor() {
      return new Anchor(path.toString(), line, column);
    }
  }

  /** Where findings about an object point. */
  sealed interface Places permits RolePlaces, BindingPlaces, NoPlaces {}

  /**
   * A role's places: its name (or where it should be), its aggregationRule (or the object), and
   * each entry of {@code rules}, in order.
   */
  record RolePlaces(Place name, Place aggregationRule, List<RulePlaces> rules) implements Places {
    RolePlaces {
      rules = List.copyOf(rules);
    }
  }

  /** One entry of a role's {@code rules}, and its lists of verbs, resources and API groups (each the rule when absent). */
  record RulePlaces(Place rule, Place verbs, Place resources, Place apiGroups) {}

  /**
   * A binding's places: its {@code roleRef.name} (or the nearest field that exists), and the
   * subjects the subject checks judge, each at its first entry.
   */
  record BindingPlaces(Place roleRefName, List<Entry> entries) implements Places {
    BindingPlaces {
      entries = List.copyOf(entries);
    }
  }

  /** An object no finding of the RBAC rules is about. */
  record NoPlaces() implements Places {}

  /** A subject the subject checks judge, and where its first entry in {@code subjects} is. */
  record Entry(Subject subject, Place at) {}

  /**
   * Each subject of the binding the input put there (not the API server), once, at its first
   * entry. The binding's subjects are its entries of {@code subjects}, one each and in order: an
   * entry the model cannot read gets the binding rejected.
   */
  private static List<Entry> entries(Resource resource, Binding binding, boolean labelled) {
    List<Subject> added = Defaults.addedSubjects(binding, labelled);
    if (added.isEmpty()) {
      return List.of();
    }
    List<Subject> subjects = binding.subjects();
    // The entries' nodes, not a located field each (Field#items): the place of the few kept is
    // made of the list's path and the entry's node, as Place.of would make it of the entry's field.
    Field list = resource.root().get("subjects").orElse(null);
    List<Node> items = list != null && list.node() instanceof SeqNode seq ? seq.items() : List.of();
    if (items.size() != subjects.size()) {
      throw new IllegalStateException(binding.display() + " has " + subjects.size() + " subjects for " + items.size() + " entries");
    }
    // The added subjects are some of the binding's, in order: as many means all of them.
    Set<Subject> judged = added.size() == subjects.size() ? null : new HashSet<>(added);
    // A binding names a few subjects, mostly: those seen are looked for among the entries kept (no
    // set, no hashing); a set only for many.
    Set<Subject> seen = subjects.size() > FEW ? HashSet.newHashSet(subjects.size()) : null;
    List<Entry> out = new ArrayList<>();
    for (int i = 0; i < subjects.size(); i++) {
      Subject s = subjects.get(i);
      if ((judged == null || judged.contains(s)) && (seen != null ? seen.add(s) : !kept(out, s))) {
        Node item = items.get(i);
        out.add(new Entry(s, new Place(list.path().index(i), item.line(), item.column())));
      }
    }
    return out;
  }

  /** At most this many subjects are deduplicated by looking among the entries kept, without a set. */
  private static final int FEW = 8;

  private static boolean kept(List<Entry> entries, Subject s) {
    for (Entry e : entries) {
      if (e.subject().equals(s)) {
        return true;
      }
    }
    return false;
  }
}
