package dev.kubeward.checks.rbac;

import dev.kubeward.core.check.Findings;
import dev.kubeward.core.index.IndexedResource;
import dev.kubeward.core.index.ResourceIndex;
import dev.kubeward.rbac.Binding;
import dev.kubeward.rbac.PolicyRule;
import dev.kubeward.rbac.Role;
import dev.kubeward.rbac.Subject;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A check of what one rule of a Role or ClusterRole allows. Subclasses state the condition
 * ({@link #risk}); this class decides where each risky rule is reported, once:
 *
 * <ul>
 *   <li>a rule written in the input: at the rule, naming the bindings that grant it, its role's
 *       and those of every aggregated ClusterRole that takes it;
 *   <li>a rule of the API server's own roles, which the input cannot change: where the input grants
 *       it, at the binding that gives a default role to subjects the API server did not bind it to
 *       ({@code cluster-admin} excepted: {@link ClusterAdminBinding} reports it), or at the
 *       aggregationRule of an input ClusterRole that collects it.
 * </ul>
 *
 * A rule that grants everything ({@code *} verbs, groups and resources) is reported only by
 * {@link RoleGrantsEverything}, not once by every check it would also satisfy.
 */
abstract class RiskyGrantCheck extends RbacCheck {

  private static final Set<String> KINDS = Set.of("Role", "ClusterRole", "RoleBinding", "ClusterRoleBinding");

  RiskyGrantCheck(RbacScan scan) {
    super(scan);
  }

  /**
   * What {@code rule} grants that this check is about, one short item per thing
   * ({@code create pods/exec}); empty when nothing. Items of several rules are merged into one
   * finding where the input grants a default role.
   *
   * @param role the role whose rules it is among (a check that needs two rules looks at the others)
   * @param reach where its bindings make it hold
   */
  abstract List<String> grants(PolicyRule rule, Role role, Reach reach);

  /** The finding's phrase, to follow "rule ..." ({@code reads every Secret (get, list secrets)}), for the items granted. */
  abstract String risk(String grants, Reach reach);

  /** Whether this check judges rules that grant everything too. */
  boolean judgesEverything() {
    return false;
  }

  /**
   * What a rule must name for {@link #grants} to find anything in it ({@link Sketch#need} of the
   * check's probes); {@link Sketch#ANY} for a check that matches every rule.
   */
  long need() {
    return Sketch.ANY;
  }

  /** Where in the rule to report: the rule; a check about one of its lists points at that list. */
  RbacObject.Place at(RbacObject.RulePlaces rule) {
    return rule.rule();
  }

  @Override
  public final Set<String> kinds() {
    return KINDS;
  }

  @Override
  public final void check(IndexedResource resource, ResourceIndex index, Findings findings) {
    RbacFacts facts = facts(index);
    Optional<RbacObject> object = resource.digest(RbacFacts.OBJECT);
    if (object.isEmpty()) {
      return;
    }
    RbacObject.Places at = object.get().places();
    if (at instanceof RbacObject.BindingPlaces places) {
      RbacFacts.BindingVisit visit = facts.bindingVisit(resource, object.get().bootstrapLabelled());
      if (visit.binding() != null) {
        checkBinding(visit, places, findings);
      }
    } else if (at instanceof RbacObject.RolePlaces places) {
      RbacFacts.RoleVisit visit = facts.roleVisit(resource);
      if (visit.role() != null) {
        checkRole(visit.role(), visit.rules(), places, facts, findings);
      }
    }
  }

  /**
   * Whether the rule of sketch {@code sketch} is this check's to judge, and may give it a finding:
   * a rule that grants everything is {@link RoleGrantsEverything}'s alone; a rule without what the
   * check needs gives {@link #grants} nothing ({@link Sketch}).
   */
  private boolean mayGrant(long sketch, long need) {
    return (judgesEverything() || (sketch & Sketch.EVERYTHING) == 0) && Sketch.mayGrant(sketch, need);
  }

  private void checkRole(Role role, RbacFacts.RoleRules rules, RbacObject.RolePlaces places, RbacFacts facts, Findings findings) {
    if (role.isAggregated()) {
      checkAggregate(role, rules, places, facts, findings);
      return;
    }
    List<PolicyRule> own = rules.own();
    long[] sketches = rules.ownSketches();
    long need = need();
    int ruleFields = places.ruleCount();
    for (int k = 0; k < sketches.length; k++) {
      if (!mayGrant(sketches[k], need)) {
        continue;
      }
      PolicyRule rule = own.get(k);
      int i = rule.source().index();
      if (i >= ruleFields) {
        continue;
      }
      List<String> grants = grants(rule, role, rules.reach());
      if (!grants.isEmpty()) {
        findings.at(at(places.rule(i)).anchor()).report("rule %s; %s", risk(Messages.list(grants) + Messages.names(rule), rules.reach()),
            facts.grantedBy(role.id()));
      }
    }
  }

  /** Adds what each default rule of {@code rules} grants to {@code merged}. */
  private void mergeDefaults(RbacFacts.RoleRules rules, Role role, Reach reach, Merged merged) {
    List<PolicyRule> defaults = rules.defaults();
    long[] sketches = rules.defaultSketches();
    long need = need();
    for (int k = 0; k < sketches.length; k++) {
      if (mayGrant(sketches[k], need)) {
        PolicyRule rule = defaults.get(k);
        merged.add(rule, grants(rule, role, reach));
      }
    }
  }

  /**
   * An input ClusterRole that aggregates default roles' rules: those are reported here, once for
   * the role; rules of input roles it collects are reported where they are written.
   */
  private void checkAggregate(Role role, RbacFacts.RoleRules rules, RbacObject.RolePlaces places, RbacFacts facts,
      Findings findings) {
    if (Defaults.isDefault(role)) {
      return;
    }
    Reach reach = rules.reach();
    Merged merged = new Merged();
    mergeDefaults(rules, role, reach, merged);
    if (!merged.isEmpty()) {
      findings.at(places.aggregationRule().anchor()).report("collects default rules by which it %s (%s); %s",
          risk(merged.grants(), reach), merged.writers(), facts.grantedBy(role.id()));
    }
  }

  /** A default role granted by the input to subjects of its own choosing. */
  private void checkBinding(RbacFacts.BindingVisit visit, RbacObject.BindingPlaces places, Findings findings) {
    Role role = visit.defaultRole();
    if (role == null) {
      return;
    }
    Binding b = visit.binding();
    Reach reach = new Reach(b.isClusterRoleBinding(), b.isClusterRoleBinding());
    Merged merged = new Merged();
    mergeDefaults(visit.defaultRules(), role, reach, merged);
    if (!merged.isEmpty()) {
      findings.at(places.roleRefName().anchor()).report("%s grants %s to %s %s: it %s (%s)",
          b.display(), role.id().display(), Messages.subjects(visit.added()), Messages.scope(b), risk(merged.grants(), reach),
          merged.writers());
    }
  }

  /** What several rules grant, merged into one finding, and the roles they are written in. */
  private static final class Merged {
    private static final java.util.regex.Pattern VERBS_RESOURCE = java.util.regex.Pattern.compile("([a-z]+(?:, [a-z]+)*) ([^ ,]+)");
    private final Set<String> grants = new LinkedHashSet<>();
    private final Set<String> writers = new LinkedHashSet<>();

    void add(PolicyRule rule, List<String> items) {
      if (!items.isEmpty()) {
        grants.addAll(items);
        writers.add(rule.source().owner().kind() + " " + rule.source().owner().name());
      }
    }

    boolean isEmpty() {
      return grants.isEmpty();
    }

    /** The items, those of one resource ({@code get secrets}, {@code list, watch secrets}) merged into one. */
    String grants() {
      java.util.Map<String, Set<String>> verbsByResource = new java.util.LinkedHashMap<>();
      List<String> out = new java.util.ArrayList<>();
      for (String g : grants) {
        java.util.regex.Matcher m = VERBS_RESOURCE.matcher(g);
        if (m.matches()) {
          Set<String> verbs = verbsByResource.computeIfAbsent(m.group(2), k -> new LinkedHashSet<>());
          if (verbs.isEmpty()) {
            out.add(m.group(2));
          }
          verbs.addAll(List.of(m.group(1).split(", ")));
        } else {
          out.add(g);
        }
      }
      out.replaceAll(g -> verbsByResource.containsKey(g) ? String.join(", ", verbsByResource.get(g)) + " " + g : g);
      return Messages.list(out);
    }

    String writers() {
      return (writers.size() == 1 ? "rule of " : "rules of ") + Messages.list(List.copyOf(writers));
    }
  }
}
