package dev.kubeward.rbac.output;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kubeward.core.model.ResourceRef;
import dev.kubeward.rbac.input.RbacInput;
import dev.kubeward.rbac.paths.BlastRadius;
import dev.kubeward.rbac.paths.Node;
import dev.kubeward.rbac.paths.Step;
import dev.kubeward.rbac.query.Permissions;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** {@code kubeward rbac blast-radius}: per workload, what its compromise grants. */
public final class BlastRadiusWriter {

  public static final List<String> FORMATS = List.of("table", "json");

  private BlastRadiusWriter() {}

  public static void write(String format, List<BlastRadius.Exposure> exposures, boolean all, RbacInput input, Writer out)
      throws IOException {
    switch (format) {
      case "table" -> table(exposures, all, input, out);
      case "json" -> json(exposures, input, out);
      default -> throw new IllegalArgumentException("no blast-radius format " + format);
    }
  }

  private static void table(List<BlastRadius.Exposure> exposures, boolean all, RbacInput input, Writer out) throws IOException {
    long exposed = exposures.stream().filter(BlastRadius.Exposure::exposed).count();
    out.write("Blast radius of " + Text.plural(exposures.size(), "workload", "workloads") + ": " + exposed
        + " grant API access through their service account" + (all || exposed == exposures.size() ? "" : " (--all lists the others)") + "\n\n");
    TextTable t = new TextTable("WORKLOAD", "SERVICE ACCOUNT", "TOKEN", "RULES", "GRANTS");
    for (BlastRadius.Exposure e : exposures) {
      if (!all && !e.exposed()) {
        continue;
      }
      String grants = e.summary();
      int colon = grants.indexOf(" grants: ");
      grants = colon >= 0 ? grants.substring(colon + " grants: ".length())
          : grants.substring(grants.indexOf(") ") + 2);
      t.row(e.workload().ref().display(), e.serviceAccount().namespace().orElse("") + "/" + e.serviceAccount().name(),
          e.tokenMounted() ? "mounted" : "not mounted", String.valueOf(rules(e.permissions())), grants);
    }
    t.write(out, "");
    Text.problems(input.problems(), out);
  }

  private static int rules(Permissions p) {
    return p.scopes().stream().mapToInt(s -> s.rules().size()).sum();
  }

  private static void json(List<BlastRadius.Exposure> exposures, RbacInput input, Writer out) throws IOException {
    ObjectNode root = Json.object();
    ArrayNode a = root.putArray("workloads");
    for (BlastRadius.Exposure e : exposures) {
      ObjectNode n = a.addObject();
      n.put("file", e.workload().source().file()).put("line", e.workload().source().line());
      ResourceRef ref = e.workload().ref();
      n.putObject("resource").put("apiVersion", ref.apiVersion()).put("kind", ref.kind())
          .put("namespace", ref.namespace().orElse(null)).put("name", ref.name());
      Json.subject(n.putObject("serviceAccount"), e.serviceAccount());
      n.put("tokenMounted", e.tokenMounted());
      n.put("summary", e.summary());
      ArrayNode caps = n.putArray("capabilities");
      for (Step s : e.capabilities()) {
        if (s.to() instanceof Node.Can c) {
          ObjectNode cn = caps.addObject().put("id", c.capability().id()).put("description", c.capability().describe());
          s.via().ifPresent(g -> Json.grant(cn.putObject("via"), g));
        }
      }
      ArrayNode scopes = n.putArray("permissions");
      for (Permissions.ScopeRules s : e.permissions().scopes()) {
        ObjectNode sn = scopes.addObject().put("scope", s.scope().display());
        ArrayNode rules = sn.putArray("rules");
        for (Permissions.EffectiveRule r : s.rules()) {
          Json.rule(rules.addObject(), r.verbs(), r.apiGroups(), r.resources(), r.resourceNames(), r.nonResourceURLs());
        }
      }
      if (e.toClusterAdmin().isPresent()) {
        n.put("clusterAdminSteps", e.toClusterAdmin().get().length());
      } else {
        n.putNull("clusterAdminSteps");
      }
    }
    Json.problems(root, input.problems());
    Json.write(root, out);
  }
}
