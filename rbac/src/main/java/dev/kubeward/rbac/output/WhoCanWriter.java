package dev.kubeward.rbac.output;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kubeward.rbac.Reason;
import dev.kubeward.rbac.Scope;
import dev.kubeward.rbac.SubjectAccess;
import dev.kubeward.rbac.input.RbacInput;
import dev.kubeward.rbac.query.AccessQuery;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * {@code kubeward rbac who-can}: a table, or the JSON contract of docs/rbac.md
 * ({@code query}, {@code subjects[]} of {@code kind}, {@code name}, {@code namespace} for service
 * accounts, {@code scope}, {@code via[]} of {@code binding} and {@code role}); fields are only
 * ever added.
 */
public final class WhoCanWriter {

  public static final List<String> FORMATS = List.of("table", "json");

  private WhoCanWriter() {}

  public static void write(String format, AccessQuery query, List<SubjectAccess> answer, RbacInput input, Writer out)
      throws IOException {
    switch (format) {
      case "table" -> table(query, answer, input, out);
      case "json" -> json(query, answer, input, out);
      default -> throw new IllegalArgumentException("no who-can format " + format);
    }
  }

  /** {@code get secrets anywhere}, {@code create pods/exec in namespace shop}. */
  static String question(AccessQuery q) {
    String what = q.request().describe();
    if (q.request() instanceof dev.kubeward.rbac.Request.ResourceRequest r) {
      what = r.verb() + " " + qualified(r);
      if (q.clusterScoped()) {
        return what + " (cluster-scoped)";
      }
      return what + q.namespace().map(n -> " in namespace " + n).orElse(" anywhere");
    }
    return what;
  }

  static String qualified(dev.kubeward.rbac.Request.ResourceRequest r) {
    String res = r.apiGroup().isEmpty() ? r.resource() : r.resource() + "." + r.apiGroup();
    String sub = r.subresource().isEmpty() ? "" : "/" + r.subresource();
    String name = r.name().isEmpty() ? "" : " named " + r.name();
    return res + sub + name;
  }

  private static void table(AccessQuery q, List<SubjectAccess> answer, RbacInput input, Writer out) throws IOException {
    out.write("Who can " + question(q) + ": " + Text.plural(answer.size(), "subject", "subjects") + "\n\n");
    Text.warnings(q.warnings(), out);
    TextTable t = new TextTable("KIND", "NAME", "NAMESPACE", "SCOPE", "VIA");
    for (SubjectAccess a : answer) {
      String scope = String.join(",", a.scopes().stream().map(Scope::display).toList());
      boolean first = true;
      for (Reason r : a.via()) {
        t.row(first ? a.subject().kind().apiName() : "", first ? a.subject().name() : "",
            first ? a.subject().namespace().orElse("") : "", first ? scope : "", Text.via(r));
        first = false;
      }
    }
    t.write(out, "");
    Text.problems(input.problems(), out);
  }

  private static void json(AccessQuery q, List<SubjectAccess> answer, RbacInput input, Writer out) throws IOException {
    ObjectNode root = Json.object();
    ObjectNode query = root.putObject("query");
    Json.request(query, q.request());
    if (q.clusterScoped()) {
      query.putNull("namespace");
    } else {
      query.put("namespace", q.namespace().orElse("*"));
    }
    query.put("clusterScoped", q.clusterScoped());
    ArrayNode subjects = root.putArray("subjects");
    for (SubjectAccess a : answer) {
      ObjectNode s = Json.subject(subjects.addObject(), a.subject());
      ArrayNode scope = s.putArray("scope");
      a.scopes().forEach(sc -> scope.add(sc.display()));
      ArrayNode via = s.putArray("via");
      a.via().forEach(r -> Json.via(via.addObject(), r));
    }
    Json.strings(root, "warnings", q.warnings());
    Json.problems(root, input.problems());
    Json.write(root, out);
  }
}
