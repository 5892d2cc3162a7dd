package dev.kubeward.rbac.output;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kubeward.rbac.Decision;
import dev.kubeward.rbac.Grant;
import dev.kubeward.rbac.Reason;
import dev.kubeward.rbac.input.RbacInput;
import dev.kubeward.rbac.query.AccessQuery;
import dev.kubeward.rbac.query.SubjectSpec;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * {@code kubeward rbac can-i}: yes or no and why, or the JSON contract of docs/rbac.md
 * ({@code allowed}, {@code via[]}; besides, {@code query} and {@code nearMisses[]}).
 */
public final class CanIWriter {

  public static final List<String> FORMATS = List.of("table", "json");

  private CanIWriter() {}

  public static void write(String format, SubjectSpec who, AccessQuery query, Decision d, RbacInput input, Writer out)
      throws IOException {
    switch (format) {
      case "table" -> table(who, query, d, input, out);
      case "json" -> json(who, query, d, input, out);
      default -> throw new IllegalArgumentException("no can-i format " + format);
    }
  }

  private static void table(SubjectSpec who, AccessQuery q, Decision d, RbacInput input, Writer out) throws IOException {
    String question = "Can " + who.subject().display() + " " + WhoCanWriter.question(q).replace(" anywhere", " cluster-wide") + "?";
    out.write(question + " " + (d.allowed() ? "yes" : "no") + "\n");
    out.write("  as " + who.identity().display() + "\n");
    Text.warnings(q.warnings().isEmpty() ? List.of() : q.warnings(), out);
    if (d.allowed()) {
      for (Reason r : d.reasons()) {
        out.write("  allowed by " + r.describe() + "\n");
      }
    } else {
      out.write("  no rule of any binding of this identity allows it" + (input.model().abacPolicies().isEmpty() ? "" : ", nor any ABAC policy") + "\n");
      for (Grant g : d.nearMisses()) {
        out.write("  close: " + g.rule().describe() + whyNot(q, g) + " by " + Text.via(g) + "\n");
      }
    }
    Text.problems(input.problems(), out);
  }

  /** Why a grant close to the request does not allow it, when the reason is where it holds. */
  private static String whyNot(AccessQuery q, Grant g) {
    String ns = q.request() instanceof dev.kubeward.rbac.Request.ResourceRequest r ? r.namespace() : "";
    if (g.scope().covers(ns)) {
      return "";
    }
    String where = "namespace " + g.scope().namespace();
    if (q.request() instanceof dev.kubeward.rbac.Request.NonResourceRequest) {
      return " (granted by a RoleBinding in " + where + ", which cannot grant non-resource URLs)";
    }
    if (q.clusterScoped()) {
      return " (granted by a RoleBinding in " + where + ", which cannot grant cluster-scoped resources)";
    }
    if (ns.isEmpty()) {
      return " (holds in " + where + " only; a request across all namespaces needs a ClusterRoleBinding)";
    }
    return " (holds in " + where + " only)";
  }

  private static void json(SubjectSpec who, AccessQuery q, Decision d, RbacInput input, Writer out) throws IOException {
    ObjectNode root = Json.object();
    ObjectNode query = root.putObject("query");
    Json.subject(query.putObject("subject"), who.subject());
    Json.identity(query, who.identity());
    Json.request(query, q.request());
    if (q.clusterScoped()) {
      query.putNull("namespace");
    } else {
      query.put("namespace", q.namespace().orElse(""));
    }
    root.put("allowed", d.allowed());
    ArrayNode via = root.putArray("via");
    d.reasons().forEach(r -> Json.via(via.addObject(), r));
    ArrayNode close = root.putArray("nearMisses");
    for (Grant g : d.nearMisses()) {
      ObjectNode n = Json.grant(close.addObject(), g);
      Json.rule(n.putObject("grants"), g.rule());
    }
    Json.strings(root, "warnings", q.warnings());
    Json.problems(root, input.problems());
    Json.write(root, out);
  }
}
