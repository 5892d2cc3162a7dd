package dev.kubeward.rbac.output;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kubeward.core.source.InputProblem;
import dev.kubeward.rbac.Grant;
import dev.kubeward.rbac.Identity;
import dev.kubeward.rbac.PolicyRule;
import dev.kubeward.rbac.Reason;
import dev.kubeward.rbac.Request;
import dev.kubeward.rbac.RoleId;
import dev.kubeward.rbac.Subject;
import dev.kubeward.rbac.abac.AbacPolicy;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** The pieces the JSON formats share: subjects, reasons, rules, problems. */
final class Json {

  static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

  private Json() {}

  static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  static void write(ObjectNode root, Writer out) throws IOException {
    MAPPER.writeValue(out, root);
    out.write("\n");
  }

  /** {@code kind}, {@code name}, and {@code namespace} for service accounts. */
  static ObjectNode subject(ObjectNode n, Subject s) {
    n.put("kind", s.kind().apiName()).put("name", s.name());
    s.namespace().ifPresent(ns -> n.put("namespace", ns));
    return n;
  }

  static void identity(ObjectNode n, Identity id) {
    n.put("user", id.user());
    ArrayNode groups = n.putArray("groups");
    id.groups().stream().sorted().forEach(groups::add);
  }

  /** {@code Kind/namespace/name}, as kubeward names resources everywhere. */
  static String ref(String kind, String namespace, String name) {
    return kind + "/" + (namespace.isEmpty() ? "" : namespace + "/") + name;
  }

  static String role(RoleId id) {
    return ref(id.kind().apiName(), id.namespace(), id.name());
  }

  /** One entry of {@code via}: {@code binding} and {@code role} (the contract), and where the rule is. */
  static ObjectNode via(ObjectNode n, Reason r) {
    switch (r) {
      case Reason.RbacGrant g -> grant(n, g.grant());
      case Reason.AbacGrant a -> {
        AbacPolicy p = a.policy();
        n.put("authorizer", "ABAC").putNull("binding").putNull("role");
        n.put("policy", p.location()).put("description", p.describe());
      }
      case Reason.PrivilegedGroup p -> n.put("authorizer", "kube-apiserver").putNull("binding").putNull("role")
          .put("description", "members of system:masters are never denied");
    }
    return n;
  }

  static ObjectNode grant(ObjectNode n, Grant g) {
    n.put("authorizer", "RBAC");
    n.put("binding", ref(g.binding().kind().apiName(), g.binding().namespace(), g.binding().name()));
    n.put("role", role(g.role().id()));
    n.put("scope", g.scope().display());
    n.put("rule", g.rule().source().location());
    aggregatedFrom(g).ifPresent(from -> n.put("aggregatedFrom", from));
    return n;
  }

  /** The ClusterRole an aggregated role took the grant's rule from ({@code ClusterRole/NAME}), if it did. */
  static java.util.Optional<String> aggregatedFrom(Grant g) {
    dev.kubeward.core.model.ResourceRef owner = g.rule().source().owner();
    if (g.role().isAggregated() && !(owner.kind().equals("ClusterRole") && owner.name().equals(g.role().name()))) {
      return java.util.Optional.of(owner.kind() + "/" + owner.name());
    }
    return java.util.Optional.empty();
  }

  static void rule(ObjectNode n, List<String> verbs, List<String> groups, List<String> resources, List<String> names,
      List<String> urls) {
    strings(n, "verbs", verbs);
    if (urls.isEmpty()) {
      strings(n, "apiGroups", groups);
      strings(n, "resources", resources);
      if (!names.isEmpty()) {
        strings(n, "resourceNames", names);
      }
    } else {
      strings(n, "nonResourceURLs", urls);
    }
  }

  static void rule(ObjectNode n, PolicyRule r) {
    rule(n, r.verbs(), r.apiGroups(), r.resources(), r.resourceNames(), r.nonResourceURLs());
  }

  static void strings(ObjectNode n, String field, List<String> values) {
    ArrayNode a = n.putArray(field);
    values.forEach(a::add);
  }

  static void request(ObjectNode n, Request r) {
    switch (r) {
      case Request.ResourceRequest rr -> {
        n.put("verb", rr.verb()).put("apiGroup", rr.apiGroup()).put("resource", rr.resource());
        n.put("subresource", rr.subresource()).put("name", rr.name());
      }
      case Request.NonResourceRequest nr -> n.put("verb", nr.verb()).put("nonResourceURL", nr.path());
    }
  }

  static void problems(ObjectNode root, List<InputProblem> problems) {
    ArrayNode a = root.putArray("problems");
    for (InputProblem p : problems) {
      a.addObject().put("file", p.file()).put("line", p.line()).put("column", p.column())
          .put("severity", p.error() ? "error" : "warning").put("message", p.message());
    }
  }
}
