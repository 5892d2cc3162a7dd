package dev.kubeward.rbac.query;

import dev.kubeward.rbac.Request;
import dev.kubeward.rbac.ResourceTypes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A question as {@code kubectl auth can-i} takes it: {@code VERB TYPE[/NAME]} or
 * {@code VERB /non-resource-url}, with {@code --subresource} and {@code -n}, read into the
 * request the API server would authorize, with warnings where the answer needs a word of
 * explanation (unknown type, a namespace given for a cluster-scoped type, a name on a request
 * that never carries one).
 *
 * @param request the request; its namespace is {@code namespace} or empty
 * @param namespace the namespace asked about; empty means anywhere (who-can) or cluster-scoped
 * @param clusterScoped whether the type is cluster-scoped or the request is for a non-resource URL
 */
public record AccessQuery(Request request, Optional<String> namespace, boolean clusterScoped, List<String> warnings) {

  public AccessQuery {
    warnings = List.copyOf(warnings);
  }

  /** The verbs kubectl knows for resources and for non-resource URLs (others draw a warning). */
  static final List<String> RESOURCE_VERBS = List.of("get", "list", "watch", "create", "update", "patch", "delete",
      "deletecollection", "use", "bind", "impersonate", "*", "approve", "sign", "escalate", "attest");
  static final List<String> URL_VERBS = List.of("get", "put", "post", "head", "options", "delete", "patch", "*");

  /**
   * Reads a question.
   *
   * @throws IllegalArgumentException with a message for the user when it cannot be asked
   */
  public static AccessQuery parse(String verb, String target, Optional<String> subresource, Optional<String> namespace,
      ResourceTypes types) {
    List<String> warnings = new ArrayList<>();
    if (verb.isEmpty()) {
      throw new IllegalArgumentException("name a verb, e.g. get, list, create, impersonate, or * for every verb");
    }
    if (target.startsWith("/")) {
      if (subresource.isPresent()) {
        throw new IllegalArgumentException("--subresource cannot be used with a non-resource URL (" + target + ")");
      }
      if (!URL_VERBS.contains(verb)) {
        warnings.add("verb '" + verb + "' is not a known verb for non-resource URLs (get, put, post, head, options, delete, patch)");
      }
      namespace.ifPresent(n -> warnings.add("-n " + n + " is ignored: a non-resource URL belongs to no namespace,"
          + " and only ClusterRoleBindings grant it"));
      return new AccessQuery(Request.nonResource(verb, target), Optional.empty(), true, warnings);
    }
    int slash = target.indexOf('/');
    String typeArg = slash < 0 ? target : target.substring(0, slash);
    String name = slash < 0 ? "" : target.substring(slash + 1);
    if (typeArg.isEmpty()) {
      throw new IllegalArgumentException("name a resource type before '/', e.g. secrets/" + name);
    }
    ResourceTypes.Resolution res = types.resolve(typeArg);
    res.warning().ifPresent(warnings::add);
    String sub = subresource.orElse("");
    if (!RESOURCE_VERBS.contains(verb)) {
      warnings.add("verb '" + verb + "' is not a known verb (get, list, watch, create, update, patch, delete,"
          + " deletecollection, use, bind, impersonate, approve, sign, escalate, attest, *)");
    }
    String written = name;
    if (sub.isEmpty() && !name.isEmpty() && res.type().filter(t -> t.subresources().contains(written)).isPresent()) {
      warnings.add("'" + name + "' is read as the name of an object; for the " + name + " subresource write "
          + res.resource() + " --subresource " + name);
    }
    if (!name.isEmpty() && sub.isEmpty() && (verb.equals("create") || verb.equals("deletecollection"))) {
      warnings.add("a " + verb + " request names no object, so the name " + name + " is left out: rules limited to"
          + " resourceNames never allow " + verb + " (kubectl auth can-i passes the name on; the API server never sees one)");
      name = "";
    } else if (!name.isEmpty() && (verb.equals("list") || verb.equals("watch"))) {
      warnings.add(verb + " carries a name only with the field selector metadata.name=" + name
          + " (kubectl get " + res.resource() + " " + name + (verb.equals("watch") ? " --watch" : "") + "); without it, rules limited to"
          + " resourceNames do not allow it");
    }
    boolean clusterScoped = res.type().map(t -> !t.namespaced()).orElse(false);
    Optional<String> ns = namespace;
    if (clusterScoped && namespace.isPresent()) {
      warnings.add("-n " + namespace.get() + " is ignored: " + res.resource() + " is cluster-scoped, and only"
          + " ClusterRoleBindings grant it");
      ns = Optional.empty();
    }
    Request.ResourceRequest request = new Request.ResourceRequest(verb, res.group(), res.resource(), sub, name, ns.orElse(""));
    return new AccessQuery(request, ns, clusterScoped, warnings);
  }
}
