package dev.kubeward.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.kubeward.netpol.analysis.Explanation;
import dev.kubeward.netpol.analysis.PortQuery;
import dev.kubeward.netpol.model.Direction;
import dev.kubeward.netpol.model.Peer;
import dev.kubeward.netpol.model.PolicyPort;
import dev.kubeward.netpol.model.Source;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The output of {@code kubeward netpol explain}: {@code txt} for people (the verdict, then each
 * side with its policies and rules and where they are written), {@code json} as the contract of
 * docs/netpol.md.
 */
public final class ExplainWriter {

  public static final List<String> FORMATS = List.of("txt", "json");

  private ExplainWriter() {}

  public static void write(String format, Explanation e, Writer out) throws IOException {
    switch (format) {
      case "txt" -> out.write(text(e));
      case "json" -> json(e, out);
      default -> throw new IllegalArgumentException("no explain format " + format);
    }
  }

  static String text(Explanation e) {
    StringBuilder sb = new StringBuilder();
    sb.append(e.source().display()).append(" => ").append(e.destination().display()).append('\n');
    sb.append(verdict(e)).append('\n');
    for (String note : e.notes()) {
      sb.append("Note: ").append(note).append('\n');
    }
    side(sb, e.egress(), e.destination().display(), e.query());
    side(sb, e.ingress(), e.source().display(), e.query());
    return sb.toString();
  }

  private static String verdict(Explanation e) {
    Optional<PortQuery> q = e.query();
    if (q.isPresent()) {
      if (e.isAllowed()) {
        List<String> by = new ArrayList<>();
        deciding(e.egress(), q.get(), by);
        deciding(e.ingress(), q.get(), by);
        return q.get() + ": ALLOWED by " + String.join(" and ", by);
      }
      List<String> closed = new ArrayList<>();
      for (Explanation.Side s : List.of(e.egress(), e.ingress())) {
        if (!s.allows(q)) {
          closed.add("the " + s.direction().text().toLowerCase(java.util.Locale.ROOT) + " of " + s.subject().display());
        }
      }
      return q.get() + ": DENIED: " + String.join(" and ", closed) + (closed.size() == 1 ? " does" : " do") + " not allow it";
    }
    if (e.isAllowed()) {
      return "ALLOWED: " + e.allowed();
    }
    return "DENIED: no connection is allowed (egress allows " + conns(e.egress().allowed()) + ", ingress allows "
        + conns(e.ingress().allowed()) + ")";
  }

  /** What lets the port through on one side: the rules that allow it, or the side's openness. */
  private static void deciding(Explanation.Side s, PortQuery q, List<String> out) {
    String direction = s.direction().text().toLowerCase(java.util.Locale.ROOT);
    switch (s.kind()) {
      case EXTERNAL -> out.add(s.subject().display() + " being outside the cluster (no " + direction + " policy)");
      case NOT_ISOLATED -> out.add("the " + direction + " of " + s.subject().display() + " not being isolated");
      case ISOLATED -> {
        for (Explanation.PolicyVerdict p : s.policies()) {
          for (Explanation.RuleVerdict r : p.rules()) {
            if (r.allowed().contains(q.protocol(), q.port())) {
              out.add(r.rule().describe() + " of " + p.policy().qualifiedName() + " (" + at(r.rule().source()) + ")");
            }
          }
        }
      }
    }
  }

  private static void side(StringBuilder sb, Explanation.Side s, String other, Optional<PortQuery> q) {
    String direction = s.direction().text();
    sb.append('\n').append(direction).append(" of ").append(s.subject().display()).append(": ");
    switch (s.kind()) {
      case EXTERNAL -> sb.append("outside the cluster, where no NetworkPolicy applies\n");
      case NOT_ISOLATED -> sb.append("not isolated (no NetworkPolicy with policy type ").append(direction)
          .append(" selects its pods): everything ").append(s.direction() == Direction.EGRESS ? "leaves" : "reaches").append(" it\n");
      case ISOLATED -> {
        sb.append("allows ").append(conns(s.allowed())).append(q.map(x -> s.allows(q) ? " (" + x + " allowed)" : " (" + x + " not allowed)").orElse(""))
            .append('\n');
        int n = s.policies().size();
        sb.append("  isolated by ").append(n).append(n == 1 ? " NetworkPolicy" : " NetworkPolicies")
            .append(" with policy type ").append(direction).append("; their rules add up:\n");
        for (Explanation.PolicyVerdict p : s.policies()) {
          sb.append("  ").append(p.policy().qualifiedName()).append(" (").append(at(p.policy().source())).append(")")
              .append(p.policy().policyTypesDeclared() ? "" : ", policyTypes defaulted to " + types(p))
              .append('\n');
          if (p.rules().isEmpty()) {
            sb.append("    no ").append(direction.toLowerCase(java.util.Locale.ROOT)).append(" rule: allows nothing\n");
          }
          for (Explanation.RuleVerdict r : p.rules()) {
            sb.append("    ").append(r.rule().describe()).append(" (").append(at(r.rule().source())).append("): ")
                .append(rule(r, other, s.direction())).append('\n');
          }
        }
      }
    }
  }

  private static String conns(dev.kubeward.netpol.conn.ConnectionSet c) {
    return c.isEmpty() ? "nothing" : c.toString();
  }

  private static String types(Explanation.PolicyVerdict p) {
    return String.join(", ", p.policy().policyTypes().stream().map(Direction::text).toList());
  }

  private static String rule(Explanation.RuleVerdict r, String other, Direction d) {
    String toFrom = d == Direction.EGRESS ? "to" : "from";
    if (!r.chooses()) {
      return "does not apply: none of its peers is " + other;
    }
    String peer = r.rule().allPeers() ? "any peer (no " + (d == Direction.EGRESS ? "to" : "from") + ")"
        : describe(r.peer().orElseThrow()) + (r.peer().get().source().line() == r.rule().source().line() ? ""
            : " (" + at(r.peer().get().source()) + ")");
    if (r.ports().isEmpty()) {
      return "applies " + toFrom + " " + peer + ", but its ports ("
          + String.join(", ", r.rule().ports().stream().map(PolicyPort::describe).toList())
          + ") name no port of the receiving pod: allows nothing";
    }
    return "allows " + r.ports() + " " + toFrom + " " + peer;
  }

  private static String describe(Peer p) {
    return switch (p) {
      case Peer.Pods pods -> pods.describe();
      case Peer.IpBlock b -> b.describe();
    };
  }

  private static String at(Source s) {
    return s.file() + ":" + s.line();
  }

  private static void json(Explanation e, Writer out) throws IOException {
    JsonGenerator g = JsonReporter.MAPPER.writer().createGenerator(out);
    g.writeStartObject();
    g.writeStringField("src", e.source().display());
    g.writeStringField("dst", e.destination().display());
    ConnlistWriter.endpoint(g, "source", e.source());
    ConnlistWriter.endpoint(g, "destination", e.destination());
    if (e.query().isPresent()) {
      g.writeObjectFieldStart("port");
      g.writeNumberField("port", e.query().get().port());
      g.writeStringField("protocol", e.query().get().protocol().name());
      g.writeEndObject();
    }
    g.writeBooleanField("allowed", e.isAllowed());
    g.writeStringField("conn", e.allowed().toString());
    ConnlistWriter.allowed(g, e.allowed());
    side(g, "egress", e.egress(), e.query());
    side(g, "ingress", e.ingress(), e.query());
    g.writeArrayFieldStart("notes");
    for (String n : e.notes()) {
      g.writeString(n);
    }
    g.writeEndArray();
    g.writeEndObject();
    g.flush();
    out.write("\n");
  }

  private static void side(JsonGenerator g, String field, Explanation.Side s, Optional<PortQuery> q) throws IOException {
    g.writeObjectFieldStart(field);
    g.writeStringField("subject", s.subject().display());
    g.writeStringField("kind", s.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
    g.writeBooleanField("allows", s.allows(q));
    g.writeStringField("conn", s.allowed().toString());
    g.writeArrayFieldStart("policies");
    for (Explanation.PolicyVerdict p : s.policies()) {
      g.writeStartObject();
      g.writeStringField("namespace", p.policy().namespace());
      g.writeStringField("name", p.policy().name());
      location(g, p.policy().source());
      g.writeStringField("conn", p.allowed().toString());
      g.writeArrayFieldStart("rules");
      for (Explanation.RuleVerdict r : p.rules()) {
        g.writeStartObject();
        g.writeNumberField("index", r.rule().index());
        location(g, r.rule().source());
        g.writeBooleanField("applies", r.chooses());
        if (r.peer().isPresent()) {
          g.writeObjectFieldStart("peer");
          g.writeStringField("description", describe(r.peer().get()));
          location(g, r.peer().get().source());
          g.writeEndObject();
        }
        g.writeStringField("ports", r.ports().toString());
        g.writeStringField("conn", r.allowed().toString());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void location(JsonGenerator g, Source s) throws IOException {
    g.writeStringField("file", s.file());
    g.writeNumberField("line", s.line());
    g.writeNumberField("column", s.column());
  }

}
