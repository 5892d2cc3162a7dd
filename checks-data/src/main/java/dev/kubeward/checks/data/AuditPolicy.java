package dev.kubeward.checks.data;

import dev.kubeward.core.model.Field;
import dev.kubeward.core.model.Resource;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An audit policy ({@code audit.k8s.io} {@code Policy}) and the API server's way of applying it:
 * the first rule that matches a request gives its level and stages; a request no rule matches is
 * not logged (level None). A rule matches as upstream's policy checker decides: every condition it
 * sets must hold (users by name; userGroups by any group of the user; verbs exactly, with no
 * wildcard; namespaces and resources only for resource requests, non-resource URLs only for the
 * others), resources by exact group, {@code resource}, {@code resource/subresource}, {@code *},
 * {@code *}{@code /subresource} or {@code resource/*}, resourceNames by the object's name.
 *
 * <p>Checks ask whether <em>some</em> request of a kind reaches a given level. Users and groups are
 * searched exactly rather than sampled: a rule is reachable for a request when some user and set of
 * groups satisfy its own subject conditions while escaping every earlier rule that matches the
 * same request. Every user carries exactly one of {@code system:authenticated} and
 * {@code system:unauthenticated}, as the API server's authenticators guarantee.
 */
record AuditPolicy(Resource resource, List<Rule> rules, List<String> omitStages) {

  static final List<String> LEVELS = List.of("None", "Metadata", "Request", "RequestResponse");
  static final List<String> STAGES = List.of("RequestReceived", "ResponseStarted", "ResponseComplete", "Panic");
  static final List<String> REQUEST_VERBS = List.of("get", "list", "watch", "create", "update", "patch", "delete", "deletecollection");

  static final String AUTHENTICATED = "system:authenticated";
  static final String UNAUTHENTICATED = "system:unauthenticated";
  static final String ANONYMOUS = "system:anonymous";

  /** Names that no policy uses, standing for "any other" user, namespace, object, resource or group. */
  static final String OTHER_USER = "kubeward:any-other-user";
  static final String OTHER = "kubeward-any-other";
  static final String OTHER_GROUP = "any-other.kubeward.invalid";

  static Optional<AuditPolicy> of(Resource r) {
    if (!r.kind().equals("Policy") || !r.group().equals("audit.k8s.io")) {
      return Optional.empty();
    }
    List<Rule> rules = new ArrayList<>();
    List<Field> items = Fields.items(r.root().get("rules"));
    for (int i = 0; i < items.size(); i++) {
      rules.add(Rule.of(items.get(i), i));
    }
    return Optional.of(new AuditPolicy(r, List.copyOf(rules), Fields.strings(r.root().get("omitStages"))));
  }

  /** Where a finding about the rules as a whole points: the rules list, or the document. */
  Field rulesField() {
    return resource.root().get("rules").orElse(resource.root());
  }

  record GroupResources(Field field, String group, List<String> resources, List<String> resourceNames) {}

  /** One policy rule, as written. */
  record Rule(Field field, int index, String level, List<String> users, List<String> userGroups, List<String> verbs,
              List<GroupResources> resources, List<String> namespaces, List<String> nonResourceURLs, List<String> omitStages) {

    static Rule of(Field f, int index) {
      List<GroupResources> grs = new ArrayList<>();
      for (Field g : Fields.items(f.get("resources"))) {
        grs.add(new GroupResources(g, Fields.text(g, "group").orElse(""), Fields.strings(g.get("resources")),
            Fields.strings(g.get("resourceNames"))));
      }
      return new Rule(f, index, Fields.text(f, "level").orElse(""), Fields.strings(f.get("users")),
          Fields.strings(f.get("userGroups")), Fields.strings(f.get("verbs")), List.copyOf(grs),
          Fields.strings(f.get("namespaces")), Fields.strings(f.get("nonResourceURLs")), Fields.strings(f.get("omitStages")));
    }

    /** Where a finding about this rule points: its level, else the rule. */
    Field levelField() {
      return field.get("level").orElse(field);
    }

    String label() {
      return "rule " + (index + 1);
    }

    boolean unconditional() {
      return users.isEmpty() && userGroups.isEmpty() && verbs.isEmpty() && resources.isEmpty() && namespaces.isEmpty()
          && nonResourceURLs.isEmpty();
    }

    boolean hasSubject() {
      return !users.isEmpty() || !userGroups.isEmpty();
    }

    /** Upstream's ruleMatches, for a request whose user and groups are given. */
    boolean matches(Request r, String user, Set<String> groups) {
      if (!users.isEmpty() && !users.contains(user)) {
        return false;
      }
      if (!userGroups.isEmpty() && groups.stream().noneMatch(userGroups::contains)) {
        return false;
      }
      return matchesRequest(r);
    }

    /** Every condition but the subject's. */
    boolean matchesRequest(Request r) {
      if (!verbs.isEmpty() && !verbs.contains(r.verb())) {
        return false;
      }
      if (!namespaces.isEmpty() || !resources.isEmpty()) {
        return matchesResource(r);
      }
      if (!nonResourceURLs.isEmpty()) {
        return !r.resourceRequest() && nonResourceURLs.stream().anyMatch(spec -> pathMatches(r.path(), spec));
      }
      return true;
    }

    private boolean matchesResource(Request r) {
      if (!r.resourceRequest()) {
        return false;
      }
      if (!namespaces.isEmpty() && !namespaces.contains(r.namespace())) {
        return false;
      }
      if (resources.isEmpty()) {
        return true;
      }
      String combined = r.subresource().isEmpty() ? r.resource() : r.resource() + "/" + r.subresource();
      for (GroupResources gr : resources) {
        if (!gr.group().equals(r.group())) {
          continue;
        }
        if (gr.resources().isEmpty()) {
          return true;
        }
        for (String res : gr.resources()) {
          if (!gr.resourceNames().isEmpty() && !gr.resourceNames().contains(r.name())) {
            continue;
          }
          if (res.equals(combined) || res.equals("*")
              || (!r.subresource().isEmpty() && res.startsWith("*/") && r.subresource().equals(res.substring(2)))
              || (res.endsWith("/*") && r.resource().equals(res.substring(0, res.length() - 2)))) {
            return true;
          }
        }
      }
      return false;
    }

    private static boolean pathMatches(String path, String spec) {
      if (spec.equals("*") || spec.equals(path)) {
        return true;
      }
      return spec.endsWith("*") && path.startsWith(spec.replaceAll("\\*+$", ""));
    }
  }

  /** A request, less who makes it. */
  record Request(String verb, boolean resourceRequest, String namespace, String group, String resource, String subresource,
                 String name, String path) {

    static Request resource(String verb, String namespace, String group, String resource, String subresource, String name) {
      return new Request(verb, true, namespace, group, resource, subresource, name, "");
    }

    static Request nonResource(String verb, String path) {
      return new Request(verb, false, "", "", "", "", "", path);
    }

    /** {@code get pods/exec}, {@code create roles.rbac.authorization.k8s.io}, {@code get /healthz}; made-up names read "(other)". */
    String describe() {
      if (!resourceRequest) {
        return verb + " " + path.replace("/" + OTHER, "/(other URL)");
      }
      String what = (subresource.isEmpty() ? resource : resource + "/" + subresource) + (group.isEmpty() ? "" : "." + group);
      return verb + " " + what.replace(OTHER_GROUP, "(other group)").replace(OTHER, "(other)");
    }
  }

  /** Someone who makes a request: a user and the groups they belong to. */
  record Subject(String user, Set<String> groups) {}

  /**
   * A request and who reaches a rule with it; {@code rule} is empty when no rule matches and the
   * request is not logged.
   */
  record Hit(Request request, Subject subject, Optional<Rule> rule) {
    String level() {
      return rule.map(Rule::level).orElse("None");
    }

    /** How the message names who makes the request: only when the rule itself narrows it. */
    String who() {
      return rule.filter(Rule::hasSubject).map(r -> r.users().isEmpty() ? " by group " + String.join(", ", subject.groups().stream()
          .filter(r.userGroups()::contains).toList()) : " by user " + subject.user()).orElse("");
    }
  }

  /** Every rule (or none) that some subject reaches with {@code request}, with a witness each. */
  List<Hit> hits(Request request) {
    List<Hit> out = new ArrayList<>();
    List<Rule> candidates = rules.stream().filter(r -> r.matchesRequest(request)).toList();
    for (int i = 0; i <= candidates.size(); i++) {
      Optional<Rule> target = i < candidates.size() ? Optional.of(candidates.get(i)) : Optional.empty();
      List<Rule> earlier = candidates.subList(0, i);
      witness(target, earlier).ifPresent(s -> out.add(new Hit(request, s, target)));
    }
    return out;
  }

  /** A subject that the target rule (or, when empty, no rule) matches, and no earlier rule does. */
  private Optional<Subject> witness(Optional<Rule> target, List<Rule> earlier) {
    List<String> userCandidates = target.filter(t -> !t.users().isEmpty()).map(Rule::users).orElseGet(this::knownUsers);
    List<String> groupsOfTarget = target.map(Rule::userGroups).orElse(List.of());
    for (String user : userCandidates) {
      List<Rule> shadowing = earlier.stream().filter(r -> r.users().isEmpty() || r.users().contains(user)).toList();
      if (shadowing.stream().anyMatch(r -> r.userGroups().isEmpty())) {
        continue;
      }
      Set<String> forbidden = new LinkedHashSet<>();
      shadowing.forEach(r -> forbidden.addAll(r.userGroups()));
      List<String> base = (user.equals(ANONYMOUS) ? List.of(UNAUTHENTICATED) : List.of(AUTHENTICATED, UNAUTHENTICATED))
          .stream().filter(g -> !forbidden.contains(g)).toList();
      if (groupsOfTarget.isEmpty()) {
        if (!base.isEmpty()) {
          return Optional.of(new Subject(user, Set.of(base.get(0))));
        }
        continue;
      }
      for (String g : groupsOfTarget) {
        if (forbidden.contains(g)) {
          continue;
        }
        if (g.equals(AUTHENTICATED) || g.equals(UNAUTHENTICATED)) {
          if (base.contains(g)) {
            return Optional.of(new Subject(user, Set.of(g)));
          }
        } else if (!base.isEmpty()) {
          return Optional.of(new Subject(user, Set.of(base.get(0), g)));
        }
      }
    }
    return Optional.empty();
  }

  /** The users any rule names, and one that none does. */
  private List<String> knownUsers() {
    Set<String> users = new LinkedHashSet<>();
    rules.forEach(r -> users.addAll(r.users()));
    users.add(OTHER_USER);
    return List.copyOf(users);
  }

  /** Namespaces worth trying for a namespaced request: those the rules name, and one they do not. */
  List<String> namespaces() {
    Set<String> out = new LinkedHashSet<>();
    rules.forEach(r -> out.addAll(r.namespaces()));
    out.remove("");
    out.add(OTHER);
    return List.copyOf(out);
  }

  /** Object names worth trying: those named in resourceNames, and one that is not. */
  List<String> names() {
    Set<String> out = new LinkedHashSet<>();
    rules.forEach(r -> r.resources().forEach(gr -> out.addAll(gr.resourceNames())));
    out.add(OTHER);
    return List.copyOf(out);
  }

  /**
   * Every request worth trying for this policy: each verb on every resource the rules name (and on
   * one they do not, in a named group and in another group), in every namespace worth trying and
   * cluster-wide, and non-resource requests to every URL named and to one that is not.
   */
  List<Request> universe(List<String> verbs) {
    Set<List<String>> targets = new LinkedHashSet<>();
    Set<String> groups = new LinkedHashSet<>();
    for (Rule r : rules) {
      for (GroupResources gr : r.resources()) {
        groups.add(gr.group());
        List<String> res = gr.resources().isEmpty() ? List.of("*") : gr.resources();
        for (String spec : res) {
          int slash = spec.indexOf('/');
          String resource = slash < 0 ? spec : spec.substring(0, slash);
          String sub = slash < 0 ? "" : spec.substring(slash + 1);
          targets.add(List.of(gr.group(), resource.equals("*") ? OTHER : resource, sub.equals("*") ? OTHER : sub));
          if (sub.equals("*")) {
            targets.add(List.of(gr.group(), resource.equals("*") ? OTHER : resource, ""));
          }
        }
      }
    }
    groups.add("");
    groups.add(OTHER_GROUP);
    groups.forEach(g -> targets.add(List.of(g, OTHER, "")));
    List<String> namespaces = new ArrayList<>(namespaces());
    namespaces.add("");
    List<Request> out = new ArrayList<>();
    for (String verb : verbs) {
      for (List<String> t : targets) {
        for (String ns : namespaces) {
          for (String name : names()) {
            out.add(Request.resource(verb, ns, t.get(0), t.get(1), t.get(2), name));
          }
        }
      }
    }
    Set<String> paths = new LinkedHashSet<>();
    rules.forEach(r -> r.nonResourceURLs().forEach(u -> paths.add(u.equals("*") ? "/" + OTHER : u.replaceAll("\\*+$", ""))));
    paths.add("/" + OTHER);
    for (String verb : List.of("get", "post")) {
      paths.forEach(p -> out.add(Request.nonResource(verb, p)));
    }
    return out;
  }

  /** Every hit of every request of {@code requests}. */
  List<Hit> hits(List<Request> requests) {
    List<Hit> out = new ArrayList<>();
    requests.forEach(r -> out.addAll(hits(r)));
    return out;
  }

  /** Requests for a resource, in every namespace and by every name worth trying. */
  List<Request> requests(List<String> verbs, String group, String resource, String subresource, boolean namespaced) {
    List<Request> out = new ArrayList<>();
    for (String verb : verbs) {
      for (String ns : namespaced ? namespaces() : List.of("")) {
        for (String name : names()) {
          out.add(Request.resource(verb, ns, group, resource, subresource, name));
        }
      }
    }
    return out;
  }

  /** The stages a rule leaves out: its own and the policy's. */
  Set<String> omitted(Rule rule) {
    Set<String> out = new LinkedHashSet<>(omitStages);
    out.addAll(rule.omitStages());
    return out;
  }

  static int rank(String level) {
    return LEVELS.indexOf(level);
  }
}
