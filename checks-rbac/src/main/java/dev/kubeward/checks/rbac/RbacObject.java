package dev.kubeward.checks.rbac;

import dev.kubeward.core.model.Anchor;
import dev.kubeward.core.model.Field;
import dev.kubeward.core.model.FieldPath;
import dev.kubeward.core.model.Resource;
import dev.kubeward.core.yaml.MapNode;
import dev.kubeward.core.yaml.Node;
import dev.kubeward.core.yaml.ScalarNode;
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
      return new RolePlaces(Place.of(root.nearest("metadata", "name")), Place.of(root.nearest("aggregationRule")),
          rulePositions(root));
    }
    Optional<Binding> binding = part.binding();
    if (binding.isPresent()) {
      return new BindingPlaces(Place.of(root.nearest("roleRef", "name")), entries(r, binding.get(), labelled));
    }
    return new NoPlaces();
  }

  private static final FieldPath RULES = FieldPath.ROOT.key("rules");
  private static final FieldPath SUBJECTS = FieldPath.ROOT.key("subjects");
  /** The keys of a rule whose places are kept, in the order of {@link RulePlaces}' components after the rule's own. */
  private static final String[] RULE_KEYS = {"verbs", "resources", "apiGroups"};
  /** Ints kept per rule: the rule's line and column, then each of {@link #RULE_KEYS}' (-1 when absent). */
  private static final int PER_RULE = 2 + 2 * RULE_KEYS.length;

  /**
   * The positions of each entry of {@code rules} and of its lists, read from the nodes as
   * {@code Place.of(rule)} and {@code Place.of(rule.nearest(key))} read them of the fields: an
   * entry's position is its node's; a key's, when present and not null ({@link Field#get}), is the
   * key's. One array per role; the places are made of it only for a finding ({@link RolePlaces#rule}).
   */
  private static int[] rulePositions(Field root) {
    Optional<Field> rules = root.get("rules");
    if (rules.isEmpty() || !(rules.get().node() instanceof SeqNode seq)) {
      return new int[0];
    }
    List<Node> items = seq.items();
    int[] out = new int[items.size() * PER_RULE];
    for (int i = 0; i < items.size(); i++) {
      Node rule = items.get(i);
      int at = i * PER_RULE;
      out[at] = rule.line();
      out[at + 1] = rule.column();
      for (int k = 0; k < RULE_KEYS.length; k++) {
        int j = rule instanceof MapNode m ? m.indexOf(RULE_KEYS[k]) : -1;
        boolean present = j >= 0 && !(((MapNode) rule).value(j) instanceof ScalarNode v && v.isNull());
        out[at + 2 + 2 * k] = present ? ((MapNode) rule).keyLine(j) : -1;
        out[at + 3 + 2 * k] = present ? ((MapNode) rule).keyColumn(j) : -1;
      }
    }
    return out;
  }

  /**
   * A place a finding may point to, kept as its path and position: the path's text is made only
   * when a finding is, as {@link Anchor#of(Field)} would make it of the field. The path is
   * {@code base}, then item {@code index} of it when not negative, then {@code key} when not null:
   * a place in a list costs no path of its own until a finding needs it.
   */
  record Place(FieldPath base, int index, String key, int line, int column) {
    static Place of(Field f) {
      return new Place(f.path(), -1, null, f.line(), f.column());
    }

    FieldPath path() {
      FieldPath p = index < 0 ? base : base.index(index);
      return key == null ? p : p.key(key);
    }

    Anchor anchor() {
      return new Anchor(path().toString(), line, column);
    }
  }

  /** Where findings about an object point. */
  sealed interface Places permits RolePlaces, BindingPlaces, NoPlaces {}

  /**
   * A role's places: its name (or where it should be), its aggregationRule (or the object), and
   * each entry of {@code rules}, in order, kept as positions ({@link #rulePositions}).
   */
  record RolePlaces(Place name, Place aggregationRule, int[] rulePositions) implements Places {

    /** The number of entries of {@code rules}. */
    int ruleCount() {
      return rulePositions.length / PER_RULE;
    }

    /** The places of entry {@code i} of {@code rules}. */
    RulePlaces rule(int i) {
      int at = i * PER_RULE;
      Place rule = new Place(RULES, i, null, rulePositions[at], rulePositions[at + 1]);
      Place[] lists = new Place[RULE_KEYS.length];
      for (int k = 0; k < lists.length; k++) {
        int line = rulePositions[at + 2 + 2 * k];
        lists[k] = line < 0 ? rule : new Place(RULES, i, RULE_KEYS[k], line, rulePositions[at + 3 + 2 * k]);
      }
      return new RulePlaces(rule, lists[0], lists[1], lists[2]);
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
    // The list's path is subjects, at the root, as Field#path spells it.
    if (items.size() != subjects.size()) {
      throw new IllegalStateException(binding.display() + " has " + subjects.size() + " subjects for " + items.size() + " entries");
    }
    // The added subjects are some of the binding's, in order: as many means all of them.
    Set<Subject> judged = added.size() == subjects.size() ? null : new HashSet<>(added);
    // A binding names a few subjects, mostly: those seen are looked for among the entries kept (no
    // set, no hashing). Many subjects whose hashes all differ are all different: none is looked for;
    // a set only when two hashes are equal.
    boolean distinct = subjects.size() > FEW && distinctHashes(subjects);
    Set<Subject> seen = subjects.size() > FEW && !distinct ? HashSet.newHashSet(subjects.size()) : null;
    List<Entry> out = new ArrayList<>();
    for (int i = 0; i < subjects.size(); i++) {
      Subject s = subjects.get(i);
      if ((judged == null || judged.contains(s)) && (distinct || (seen != null ? seen.add(s) : !kept(out, s)))) {
        Node item = items.get(i);
        out.add(new Entry(s, new Place(SUBJECTS, i, null, item.line(), item.column())));
      }
    }
    return out;
  }

  /** At most this many subjects are deduplicated by looking among the entries kept, without a set. */
  private static final int FEW = 8;

  /** Whether no two of {@code subjects} have the same hash (then no two are equal). */
  private static boolean distinctHashes(List<Subject> subjects) {
    int[] hashes = new int[subjects.size()];
    for (int i = 0; i < hashes.length; i++) {
      hashes[i] = subjects.get(i).hashCode();
    }
    java.util.Arrays.sort(hashes);
    for (int i = 1; i < hashes.length; i++) {
      if (hashes[i] == hashes[i - 1]) {
        return false;
      }
    }
    return true;
  }

  private static boolean kept(List<Entry> entries, Subject s) {
    for (Entry e : entries) {
      if (e.subject().equals(s)) {
        return true;
      }
    }
    return false;
  }
}
