package dev.kubeward.rbac.output;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kubeward.rbac.Subject;
import dev.kubeward.rbac.input.RbacInput;
import dev.kubeward.rbac.paths.EscalationPath;
import dev.kubeward.rbac.paths.Node;
import dev.kubeward.rbac.paths.Step;
import dev.kubeward.rbac.paths.Target;
import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code kubeward rbac paths}: shortest escalation paths as text, JSON, Graphviz DOT or Mermaid
 * (the two graph formats draw the union of the paths, each node and edge once).
 */
public final class PathsWriter {

  public static final List<String> FORMATS = List.of("text", "json", "dot", "mermaid");

  private PathsWriter() {}

  public static void write(String format, Target target, Optional<Subject> from, List<EscalationPath> paths, RbacInput input,
      Writer out) throws IOException {
    switch (format) {
      case "text" -> text(target, from, paths, input, out);
      case "json" -> json(target, from, paths, input, out);
      case "dot" -> dot(target, paths, out);
      case "mermaid" -> mermaid(paths, out);
      default -> throw new IllegalArgumentException("no paths format " + format);
    }
  }

  private static void text(Target target, Optional<Subject> from, List<EscalationPath> paths, RbacInput input, Writer out)
      throws IOException {
    if (from.isPresent()) {
      out.write(paths.isEmpty() ? "No path from " + from.get().display() + " to " + target.label() + "\n"
          : "Shortest path from " + from.get().display() + " to " + target.label() + "\n");
    } else {
      out.write("Paths to " + target.label() + ": " + Text.plural(paths.size(), "identity reaches", "identities reach") + " it\n");
    }
    for (EscalationPath p : paths) {
      out.write("\n" + p.from().display() + " (" + Text.plural(p.length(), "step", "steps") + ")\n");
      for (Step s : p.steps()) {
        out.write("  " + s.from().describe() + "\n");
        out.write("    -> " + s.reason() + s.via().map(g -> "  [" + Text.via(g) + "]").orElse("") + "\n");
      }
      out.write("  " + p.end().describe() + "\n");
    }
    Text.problems(input.problems(), out);
  }

  private static void json(Target target, Optional<Subject> from, List<EscalationPath> paths, RbacInput input, Writer out)
      throws IOException {
    ObjectNode root = Json.object();
    root.put("target", target.label());
    if (from.isPresent()) {
      Json.subject(root.putObject("from"), from.get());
    } else {
      root.putNull("from");
    }
    ArrayNode a = root.putArray("paths");
    for (EscalationPath p : paths) {
      ObjectNode pn = a.addObject();
      Json.subject(pn.putObject("subject"), p.from());
      pn.put("length", p.length());
      ArrayNode steps = pn.putArray("steps");
      for (Step s : p.steps()) {
        ObjectNode sn = steps.addObject();
        sn.putObject("from").put("id", s.from().id()).put("label", s.from().describe());
        sn.putObject("to").put("id", s.to().id()).put("label", s.to().describe());
        sn.put("reason", s.reason());
        if (s.via().isPresent()) {
          Json.grant(sn.putObject("via"), s.via().get());
        } else {
          sn.putNull("via");
        }
      }
    }
    Json.problems(root, input.problems());
    Json.write(root, out);
  }

  /** The nodes and edges of the paths, each once, in order. */
  private record Drawing(Map<String, Node> nodes, Set<Step> edges) {
    static Drawing of(List<EscalationPath> paths) {
      Map<String, Node> nodes = new LinkedHashMap<>();
      Set<Step> edges = new LinkedHashSet<>();
      for (EscalationPath p : paths) {
        for (Step s : p.steps()) {
          nodes.putIfAbsent(s.from().id(), s.from());
          nodes.putIfAbsent(s.to().id(), s.to());
          edges.add(s);
        }
      }
      return new Drawing(nodes, edges);
    }
  }

  private static void dot(Target target, List<EscalationPath> paths, Writer out) throws IOException {
    Drawing d = Drawing.of(paths);
    out.write("digraph \"escalation to " + target.label() + "\" {\n  rankdir=LR;\n  node [fontname=\"Helvetica\"];\n");
    for (Node n : d.nodes().values()) {
      String shape = n instanceof Node.Identity ? "box" : "ellipse";
      out.write("  " + quote(n.id()) + " [label=" + quote(n.describe()) + ", shape=" + shape + "];\n");
    }
    for (Step s : d.edges()) {
      out.write("  " + quote(s.from().id()) + " -> " + quote(s.to().id()) + " [label=" + quote(s.reason()) + "];\n");
    }
    out.write("}\n");
  }

  private static String quote(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  private static void mermaid(List<EscalationPath> paths, Writer out) throws IOException {
    Drawing d = Drawing.of(paths);
    Map<String, String> ids = new LinkedHashMap<>();
    out.write("flowchart LR\n");
    for (Node n : d.nodes().values()) {
      String id = "n" + ids.size();
      ids.put(n.id(), id);
      String label = mermaidText(n.describe());
      out.write("  " + id + (n instanceof Node.Identity ? "[\"" + label + "\"]" : "([\"" + label + "\"])") + "\n");
    }
    for (Step s : d.edges()) {
      out.write("  " + ids.get(s.from().id()) + " -->|\"" + mermaidText(s.reason()) + "\"| " + ids.get(s.to().id()) + "\n");
    }
  }

  private static String mermaidText(String s) {
    return s.replace("\"", "#quot;").replace("|", "#124;");
  }
}
