package dev.kubeward.rbac.output;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kubeward.rbac.Grant;
import dev.kubeward.rbac.abac.AbacPolicy;
import dev.kubeward.rbac.input.RbacInput;
import dev.kubeward.rbac.query.Permissions;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** {@code kubeward rbac permissions}: the effective rules per scope, as a table or JSON. */
public final class PermissionsWriter {

  public static final List<String> FORMATS = List.of("table", "json");

  private PermissionsWriter() {}

  public static void write(String format, Permissions p, RbacInput input, Writer out) throws IOException {
    switch (format) {
      case "table" -> table(p, input, out);
      case "json" -> json(p, input, out);
      default -> throw new IllegalArgumentException("no permissions format " + format);
    }
  }

  private static void table(Permissions p, RbacInput input, Writer out) throws IOException {
    out.write("Permissions of " + p.subject().display() + " (as " + p.identity().display() + ")\n");
    if (p.isEmpty()) {
      out.write(p.ineffective().isEmpty() ? "\n  none: no binding names it or a group it is in\n"
          : "\n  none: the bindings that name it grant nothing that takes effect\n");
    }
    for (Permissions.ScopeRules s : p.scopes()) {
      out.write("\n" + (s.scope().isCluster() ? "Cluster-wide (every namespace, cluster-scoped resources, non-resource URLs)"
          : "Namespace " + s.scope().namespace()) + "\n");
      TextTable t = new TextTable("VERBS", "API GROUPS", "RESOURCES / URLS", "NAMES", "VIA");
      for (Permissions.EffectiveRule r : s.rules()) {
        boolean first = true;
        for (Grant g : r.via()) {
          t.row(first ? String.join(",", r.verbs()) : "",
              first ? (r.nonResourceURLs().isEmpty() ? groups(r.apiGroups()) : "") : "",
              first ? String.join(",", r.nonResourceURLs().isEmpty() ? r.resources() : r.nonResourceURLs()) : "",
              first ? String.join(",", r.resourceNames()) : "", Text.via(g));
          first = false;
        }
      }
      t.write(out, "  ");
    }
    if (!p.ineffective().isEmpty()) {
      out.write("\nGranted but never effective\n");
      for (Permissions.Ineffective i : p.ineffective()) {
        out.write("  " + i.grant() + " in namespace " + i.scope().namespace() + ": " + i.reason() + " (" + Text.via(i.via()) + ")\n");
      }
    }
    if (!p.abac().isEmpty()) {
      out.write("\nABAC policies\n");
      for (AbacPolicy a : p.abac()) {
        out.write("  " + a.location() + ": " + a.describe() + "\n");
      }
    }
    Text.problems(input.problems(), out);
  }

  private static String groups(List<String> groups) {
    return String.join(",", groups.stream().map(g -> g.isEmpty() ? "core" : g).toList());
  }

  private static void json(Permissions p, RbacInput input, Writer out) throws IOException {
    ObjectNode root = Json.object();
    Json.subject(root.putObject("subject"), p.subject());
    Json.identity(root.putObject("identity"), p.identity());
    ArrayNode scopes = root.putArray("scopes");
    for (Permissions.ScopeRules s : p.scopes()) {
      ObjectNode sn = scopes.addObject().put("scope", s.scope().display());
      ArrayNode rules = sn.putArray("rules");
      for (Permissions.EffectiveRule r : s.rules()) {
        ObjectNode rn = rules.addObject();
        Json.rule(rn, r.verbs(), r.apiGroups(), r.resources(), r.resourceNames(), r.nonResourceURLs());
        ArrayNode via = rn.putArray("via");
        r.via().forEach(g -> Json.grant(via.addObject(), g));
      }
    }
    ArrayNode never = root.putArray("ineffective");
    for (Permissions.Ineffective i : p.ineffective()) {
      Json.grant(never.addObject().put("grant", i.grant()).put("reason", i.reason()), i.via());
    }
    ArrayNode abac = root.putArray("abac");
    for (AbacPolicy a : p.abac()) {
      abac.addObject().put("policy", a.location()).put("description", a.describe());
    }
    Json.problems(root, input.problems());
    Json.write(root, out);
  }
}
