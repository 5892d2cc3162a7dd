package dev.kubeward.rbac.query;

import dev.kubeward.rbac.Grant;
import dev.kubeward.rbac.Identity;
import dev.kubeward.rbac.PolicyRule;
import dev.kubeward.rbac.RbacModel;
import dev.kubeward.rbac.ResourceTypes;
import dev.kubeward.rbac.Scope;
import dev.kubeward.rbac.Subject;
import dev.kubeward.rbac.abac.AbacPolicy;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A subject's effective RBAC permissions, per scope (cluster-wide, then each namespace), merged
 * and minimised: every rule broken down into single verb/group/resource/name grants, the grants
 * another one covers dropped (a namespace's grants also when a cluster-wide grant covers them),
 * and the rest regrouped into as few rules as keep the same meaning. Grants that can never take
 * effect are set apart: non-resource URLs and cluster-scoped resources granted by a RoleBinding.
 *
 * @param abac the ABAC policies that apply to the identity, as written
 */
public record Permissions(Subject subject, Identity identity, List<ScopeRules> scopes, List<Ineffective> ineffective,
    List<AbacPolicy> abac) {

  /** The rules that hold in one scope. */
  public record ScopeRules(Scope scope, List<EffectiveRule> rules) {}

  /** A merged rule and the grants it comes from (one per binding and role). */
  public record EffectiveRule(List<String> verbs, List<String> apiGroups, List<String> resources,
      List<String> resourceNames, List<String> nonResourceURLs, List<Grant> via) {

    /** {@code get,list secrets [a]} as {@link PolicyRule#describe()} writes rules. */
    public String describe() {
      return new PolicyRule(verbs, apiGroups, resources, resourceNames, nonResourceURLs, via.get(0).rule().source()).describe();
    }
  }

  /** A grant that cannot take effect, and why. */
  public record Ineffective(Scope scope, String grant, String reason, Grant via) {}

  /** One verb on one resource of one group, for one name or all names ({@code name} null). */
  private record Atom(String verb, String group, String resource, String name) {}

  /** One verb on one URL pattern. */
  private record UrlAtom(String verb, String url) {}

  public static Permissions of(RbacModel model, Subject subject, Identity identity) {
    ResourceTypes types = model.resourceTypes();
    Map<Scope, Map<Atom, List<Grant>>> atoms = new TreeMap<>();
    Map<Scope, Map<UrlAtom, List<Grant>>> urls = new TreeMap<>();
    List<Ineffective> ineffective = new ArrayList<>();
    for (Grant g : model.grantsTo(identity)) {
      Scope scope = g.scope();
      PolicyRule r = g.rule();
      if (!r.isResourceRule()) {
        if (!scope.isCluster()) {
          ineffective.add(new Ineffective(scope, r.describe(), "a RoleBinding cannot grant non-resource URLs", g));
          continue;
        }
        for (String v : r.verbs()) {
          for (String u : r.nonResourceURLs()) {
            urls.computeIfAbsent(scope, k -> new LinkedHashMap<>()).computeIfAbsent(new UrlAtom(v, u), k -> new ArrayList<>()).add(g);
          }
        }
        continue;
      }
      for (String grp : r.apiGroups()) {
        for (String res : r.resources()) {
          if (!scope.isCluster() && clusterScoped(types, grp, res)) {
            ineffective.add(new Ineffective(scope, String.join(",", r.verbs()) + " " + qualified(grp, res),
                res + " is cluster-scoped: a RoleBinding cannot grant it", g));
            continue;
          }
          for (String v : r.verbs()) {
            if (r.resourceNames().isEmpty()) {
              add(atoms, scope, new Atom(v, grp, res, null), g);
            } else {
              for (String n : r.resourceNames()) {
                add(atoms, scope, new Atom(v, grp, res, n), g);
              }
            }
          }
        }
      }
    }
    Set<Atom> cluster = atoms.getOrDefault(Scope.CLUSTER, Map.of()).keySet();
    Wildcards clusterWildcards = Wildcards.of(cluster);
    Set<UrlAtom> clusterUrls = urls.getOrDefault(Scope.CLUSTER, Map.of()).keySet();
    List<ScopeRules> out = new ArrayList<>();
    Set<Scope> scopes = new TreeSet<>(atoms.keySet());
    scopes.addAll(urls.keySet());
    for (Scope scope : scopes) {
      Map<Atom, List<Grant>> here = atoms.getOrDefault(scope, Map.of());
      Wildcards wildcards = Wildcards.of(here.keySet());
      Map<Atom, List<Grant>> kept = new LinkedHashMap<>();
      for (Map.Entry<Atom, List<Grant>> e : here.entrySet()) {
        if (!coveredByAnother(e.getKey(), here.keySet(), wildcards)
            && (scope.isCluster() || !coveredBy(e.getKey(), cluster, clusterWildcards))) {
          kept.put(e.getKey(), e.getValue());
        }
      }
      Map<UrlAtom, List<Grant>> keptUrls = new LinkedHashMap<>();
      Map<UrlAtom, List<Grant>> urlsHere = urls.getOrDefault(scope, Map.of());
      for (Map.Entry<UrlAtom, List<Grant>> e : urlsHere.entrySet()) {
        boolean covered = false;
        for (UrlAtom other : clusterUrls) {
          covered |= !other.equals(e.getKey()) && urlCovers(other, e.getKey());
        }
        if (!covered) {
          keptUrls.put(e.getKey(), e.getValue());
        }
      }
      List<EffectiveRule> rules = regroup(kept);
      rules.addAll(regroupUrls(keptUrls));
      if (!rules.isEmpty()) {
        out.add(new ScopeRules(scope, rules));
      }
    }
    List<AbacPolicy> abac = model.abacPolicies().stream().filter(p -> p.subjectMatches(identity)).toList();
    return new Permissions(subject, identity, out, ineffective, abac);
  }

  private static boolean clusterScoped(ResourceTypes types, String group, String resource) {
    if (group.equals(PolicyRule.ALL) || resource.startsWith("*")) {
      return false;
    }
    int slash = resource.indexOf('/');
    String base = slash < 0 ? resource : resource.substring(0, slash);
    return types.find(group, base).map(t -> !t.namespaced()).orElse(false);
  }

  private static void add(Map<Scope, Map<Atom, List<Grant>>> atoms, Scope scope, Atom atom, Grant g) {
    atoms.computeIfAbsent(scope, k -> new LinkedHashMap<>()).computeIfAbsent(atom, k -> new ArrayList<>()).add(g);
  }

  /** Which wildcards a set of atoms holds: only those dimensions need looking up for coverers. */
  private record Wildcards(boolean verb, boolean group, boolean resource, boolean subresource, boolean allNames) {
    static Wildcards of(Set<Atom> atoms) {
      boolean v = false;
      boolean g = false;
      boolean r = false;
      boolean s = false;
      boolean n = false;
      for (Atom a : atoms) {
        v |= a.verb().equals(PolicyRule.ALL);
        g |= a.group().equals(PolicyRule.ALL);
        r |= a.resource().equals(PolicyRule.ALL);
        s |= a.resource().startsWith("*/");
        n |= a.name() == null;
      }
      return new Wildcards(v, g, r, s, n);
    }
  }

  /** Whether another atom of {@code set} covers {@code a}: only atoms with wildcards can, so they are looked up. */
  private static boolean coveredByAnother(Atom a, Set<Atom> set, Wildcards w) {
    for (Atom c : coverers(a, w)) {
      if (!c.equals(a) && set.contains(c)) {
        return true;
      }
    }
    return false;
  }

  private static boolean coveredBy(Atom a, Set<Atom> set, Wildcards w) {
    if (set.isEmpty()) {
      return false;
    }
    for (Atom c : coverers(a, w)) {
      if (set.contains(c)) {
        return true;
      }
    }
    return false;
  }

  /** Every atom that covers {@code a} (itself included), along the dimensions {@code w} has wildcards in. */
  private static List<Atom> coverers(Atom a, Wildcards w) {
    List<String> verbs = a.verb().equals(PolicyRule.ALL) || !w.verb() ? List.of(a.verb()) : List.of(a.verb(), PolicyRule.ALL);
    List<String> groups = a.group().equals(PolicyRule.ALL) || !w.group() ? List.of(a.group()) : List.of(a.group(), PolicyRule.ALL);
    List<String> resources = new ArrayList<>(3);
    resources.add(a.resource());
    if (!a.resource().equals(PolicyRule.ALL)) {
      if (w.resource()) {
        resources.add(PolicyRule.ALL);
      }
      int slash = a.resource().indexOf('/');
      if (w.subresource() && slash > 0 && !a.resource().startsWith("*/")) {
        resources.add("*" + a.resource().substring(slash));
      }
    }
    List<String> names = a.name() == null || !w.allNames() ? java.util.Collections.singletonList(a.name())
        : java.util.Arrays.asList(a.name(), null);
    List<Atom> out = new ArrayList<>(verbs.size() * groups.size() * resources.size() * names.size());
    for (String v : verbs) {
      for (String g : groups) {
        for (String r : resources) {
          for (String n : names) {
            out.add(new Atom(v, g, r, n));
          }
        }
      }
    }
    return out;
  }

  private static boolean urlCovers(UrlAtom a, UrlAtom b) {
    if (!a.verb().equals(PolicyRule.ALL) && !a.verb().equals(b.verb())) {
      return false;
    }
    if (a.url().equals(PolicyRule.ALL) || a.url().equals(b.url())) {
      return true;
    }
    if (!a.url().endsWith("*") || b.url().equals(PolicyRule.ALL)) {
      return false;
    }
    String prefix = a.url().replaceAll("\\*+$", "");
    return b.url().startsWith(prefix);
  }

  private record Obj(String group, String resource, String name) {}

  /** One object's verbs, and the grant lists of its atoms (their union is computed once, at the end). */
  private static final class Verbs {
    final TreeSet<String> verbs = new TreeSet<>();
    final List<List<Grant>> grants = new ArrayList<>(2);
    List<String> list;
    String key;

    void seal() {
      list = star(List.copyOf(verbs));
      key = String.join(",", list);
    }
  }

  private record NamesKey(String group, String resource, String verbs, boolean allNames) {}

  private record ResourcesKey(String group, String verbs) {}

  private record GroupsKey(String verbs, String resources) {}

  /** Members of a merged rule as it is built up: the objects it covers. */
  private static final class Merge {
    final List<String> values = new ArrayList<>(2);
    final List<Verbs> members = new ArrayList<>(2);
  }

  /** Regroups atoms: verbs per object, then names, then resources, then API groups. */
  private static List<EffectiveRule> regroup(Map<Atom, List<Grant>> atoms) {
    Map<Obj, Verbs> objects = new LinkedHashMap<>();
    for (Map.Entry<Atom, List<Grant>> e : atoms.entrySet()) {
      Atom a = e.getKey();
      Verbs v = objects.computeIfAbsent(new Obj(a.group(), a.resource(), a.name()), k -> new Verbs());
      v.verbs.add(a.verb());
      v.grants.add(e.getValue());
    }
    objects.values().forEach(Verbs::seal);
    Map<NamesKey, Merge> names = new LinkedHashMap<>();
    for (Map.Entry<Obj, Verbs> e : objects.entrySet()) {
      Obj o = e.getKey();
      Merge m = names.computeIfAbsent(new NamesKey(o.group(), o.resource(), e.getValue().key, o.name() == null), k -> new Merge());
      if (o.name() != null) {
        m.values.add(o.name());
      }
      m.members.add(e.getValue());
    }
    Map<ResourcesKey, Merge> resources = new LinkedHashMap<>();
    List<EffectiveRule> out = new ArrayList<>();
    for (Map.Entry<NamesKey, Merge> e : names.entrySet()) {
      NamesKey k = e.getKey();
      List<String> verbs = e.getValue().members.get(0).list;
      if (!k.allNames()) {
        out.add(new EffectiveRule(verbs, List.of(k.group()), List.of(k.resource()), e.getValue().values.stream().sorted().toList(),
            List.of(), vias(e.getValue().members)));
        continue;
      }
      Merge m = resources.computeIfAbsent(new ResourcesKey(k.group(), k.verbs()), x -> new Merge());
      m.values.add(k.resource());
      m.members.addAll(e.getValue().members);
    }
    Map<GroupsKey, Merge> groups = new LinkedHashMap<>();
    for (Map.Entry<ResourcesKey, Merge> e : resources.entrySet()) {
      e.getValue().values.sort(null);
      Merge m = groups.computeIfAbsent(new GroupsKey(e.getKey().verbs(), String.join(",", e.getValue().values)), x -> new Merge());
      m.values.add(e.getKey().group());
      m.members.addAll(e.getValue().members);
    }
    for (Map.Entry<GroupsKey, Merge> e : groups.entrySet()) {
      List<Verbs> members = e.getValue().members;
      List<String> res = List.of(e.getKey().resources().split(",", -1));
      out.add(new EffectiveRule(members.get(0).list, e.getValue().values.stream().sorted().toList(), res, List.of(), List.of(),
          vias(members)));
    }
    out.sort(ORDER);
    return out;
  }

  /** One grant per binding and role, in order, over the members' grants. */
  private static List<Grant> vias(List<Verbs> members) {
    Map<dev.kubeward.rbac.RoleGrant, Grant> out = new LinkedHashMap<>();
    for (Verbs v : members) {
      for (List<Grant> grants : v.grants) {
        for (Grant g : grants) {
          out.putIfAbsent(new dev.kubeward.rbac.RoleGrant(g.binding(), g.subject(), g.role()), g);
        }
      }
    }
    return List.copyOf(out.values());
  }

  private static List<EffectiveRule> regroupUrls(Map<UrlAtom, List<Grant>> atoms) {
    Map<String, Set<String>> verbs = new TreeMap<>();
    Map<String, Set<Grant>> via = new LinkedHashMap<>();
    for (Map.Entry<UrlAtom, List<Grant>> e : atoms.entrySet()) {
      verbs.computeIfAbsent(e.getKey().url(), k -> new TreeSet<>()).add(e.getKey().verb());
      via.computeIfAbsent(e.getKey().url(), k -> new LinkedHashSet<>()).addAll(e.getValue());
    }
    Map<List<String>, List<String>> byVerbs = new LinkedHashMap<>();
    Map<List<String>, Set<Grant>> via2 = new LinkedHashMap<>();
    for (Map.Entry<String, Set<String>> e : verbs.entrySet()) {
      List<String> vs = star(List.copyOf(e.getValue()));
      byVerbs.computeIfAbsent(vs, k -> new ArrayList<>()).add(e.getKey());
      via2.computeIfAbsent(vs, k -> new LinkedHashSet<>()).addAll(via.get(e.getKey()));
    }
    List<EffectiveRule> out = new ArrayList<>();
    byVerbs.forEach((vs, us) -> out.add(new EffectiveRule(vs, List.of(), List.of(), List.of(), List.copyOf(us), vias(via2.get(vs)))));
    return out;
  }

  private static List<String> star(List<String> verbs) {
    return verbs.contains(PolicyRule.ALL) ? List.of(PolicyRule.ALL) : verbs;
  }

  /** One grant per binding and role, in order. */
  private static List<Grant> vias(Set<Grant> grants) {
    Map<dev.kubeward.rbac.RoleGrant, Grant> out = new LinkedHashMap<>();
    for (Grant g : grants) {
      out.putIfAbsent(new dev.kubeward.rbac.RoleGrant(g.binding(), g.subject(), g.role()), g);
    }
    return List.copyOf(out.values());
  }

  private static String qualified(String group, String resource) {
    return group.isEmpty() ? resource : group + "/" + resource;
  }

  private static final Comparator<List<String>> LISTS = (a, b) -> {
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      int c = a.get(i).compareTo(b.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.size(), b.size());
  };

  private static final Comparator<EffectiveRule> ORDER = Comparator
      .comparing(EffectiveRule::apiGroups, LISTS)
      .thenComparing(EffectiveRule::resources, LISTS)
      .thenComparing(EffectiveRule::resourceNames, LISTS)
      .thenComparing(EffectiveRule::verbs, LISTS);

  /** Whether nothing at all is granted. */
  public boolean isEmpty() {
    return scopes.isEmpty() && abac.isEmpty();
  }

  /** The set of atoms, for tests that compare meanings. */
  static Set<String> meaning(List<EffectiveRule> rules) {
    Set<String> out = new HashSet<>();
    for (EffectiveRule r : rules) {
      for (String v : r.verbs()) {
        for (String u : r.nonResourceURLs()) {
          out.add(v + " " + u);
        }
        for (String g : r.apiGroups()) {
          for (String res : r.resources()) {
            if (r.resourceNames().isEmpty()) {
              out.add(v + " " + g + "/" + res);
            } else {
              r.resourceNames().forEach(n -> out.add(v + " " + g + "/" + res + "/" + n));
            }
          }
        }
      }
    }
    return out;
  }
}
