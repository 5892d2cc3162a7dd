package dev.kubeward.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.kubeward.netpol.analysis.Connection;
import dev.kubeward.netpol.analysis.Connectivity;
import dev.kubeward.netpol.analysis.Endpoint;
import dev.kubeward.netpol.conn.ConnectionSet;
import dev.kubeward.netpol.conn.PortSet;
import dev.kubeward.netpol.conn.Protocol;
import dev.kubeward.netpol.model.Workload;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * The output of {@code kubeward netpol connlist}, streamed connection by connection so that a
 * large cluster's list is never held whole: {@code txt} (np-guard's netpol-analyzer lines),
 * {@code csv} and {@code md} (its columns src, dst, conn), {@code json} (the contract of
 * docs/netpol.md; fields are only ever added) and {@code dot} (a Graphviz graph, namespaces as
 * clusters).
 */
public final class ConnlistWriter {

  public static final List<String> FORMATS = List.of("txt", "json", "csv", "md", "dot");

  private ConnlistWriter() {}

  public static void write(String format, Connectivity connectivity, Set<Workload> focus, Writer out) throws IOException {
    try {
      switch (format) {
        case "txt" -> each(connectivity, focus, c -> line(out, c.line()));
        case "csv" -> {
          out.write("src,dst,conn\n");
          each(connectivity, focus, c -> line(out, csv(c.source().display()) + "," + csv(c.destination().display()) + "," + csv(c.allowed().toString())));
        }
        case "md" -> {
          out.write("| src | dst | conn |\n|-----|-----|------|\n");
          each(connectivity, focus, c -> line(out, "| " + c.source().display() + " | " + c.destination().display() + " | " + c.allowed() + " |"));
        }
        case "json" -> json(connectivity, focus, out);
        case "dot" -> dot(connectivity, focus, out);
        default -> throw new IllegalArgumentException("no connlist format " + format);
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private static void each(Connectivity c, Set<Workload> focus, Consumer<Connection> sink) {
    c.forEachConnection(focus, sink);
  }

  private static void line(Writer out, String text) {
    try {
      out.write(text);
      out.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** RFC 4180: quoted when it holds a comma, a quote or a line break. */
  private static String csv(String field) {
    if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0) {
      return field;
    }
    return '"' + field.replace("\"", "\"\"") + '"';
  }

  private static void json(Connectivity c, Set<Workload> focus, Writer out) throws IOException {
    JsonGenerator g = JsonReporter.MAPPER.writer().createGenerator(out);
    g.writeStartObject();
    g.writeArrayFieldStart("connections");
    each(c, focus, conn -> {
      try {
        g.writeStartObject();
        g.writeStringField("src", conn.source().display());
        g.writeStringField("dst", conn.destination().display());
        g.writeStringField("conn", conn.allowed().toString());
        endpoint(g, "source", conn.source());
        endpoint(g, "destination", conn.destination());
        allowed(g, conn.allowed());
        g.writeEndObject();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    g.writeEndArray();
    g.writeEndObject();
    g.flush();
    out.write("\n");
  }

  static void endpoint(JsonGenerator g, String field, Endpoint e) throws IOException {
    g.writeObjectFieldStart(field);
    switch (e) {
      case Endpoint.InCluster w -> {
        g.writeStringField("kind", w.workload().kind());
        g.writeStringField("namespace", w.workload().namespace());
        g.writeStringField("name", w.workload().name());
      }
      case Endpoint.External x -> {
        g.writeStringField("kind", "External");
        g.writeStringField("first", x.range().first().toString());
        g.writeStringField("last", x.range().last().toString());
      }
    }
    g.writeEndObject();
  }

  /** {@code "ports": {"all": false, "TCP": ["80", "8080-8090"], "UDP": ["53"]}}: what is allowed, per protocol. */
  static void allowed(JsonGenerator g, ConnectionSet allowed) throws IOException {
    g.writeObjectFieldStart("ports");
    g.writeBooleanField("all", allowed.isAll());
    for (Protocol p : Protocol.values()) {
      PortSet ports = allowed.ports(p);
      if (!ports.isEmpty()) {
        g.writeArrayFieldStart(p.name());
        for (int i = 0; i < ports.intervals(); i++) {
          int s = ports.start(i);
          int e = ports.end(i);
          g.writeString(s == e ? String.valueOf(s) : s + "-" + e);
        }
        g.writeEndArray();
      }
    }
    g.writeEndObject();
  }

  private static void dot(Connectivity c, Set<Workload> focus, Writer out) throws IOException {
    // Nodes first (grouped by namespace), then edges; the edges are streamed, the node set is small.
    Map<String, Set<String>> byNamespace = new TreeMap<>();
    Set<String> external = new TreeSet<>();
    StringBuilder edges = new StringBuilder();
    each(c, focus, conn -> {
      for (Endpoint e : List.of(conn.source(), conn.destination())) {
        switch (e) {
          case Endpoint.InCluster w -> byNamespace.computeIfAbsent(w.workload().namespace(), k -> new TreeSet<>()).add(w.display());
          case Endpoint.External x -> external.add(x.display());
        }
      }
      edges.append("  ").append(quote(conn.source().display())).append(" -> ").append(quote(conn.destination().display()))
          .append(" [label=").append(quote(conn.allowed().toString())).append("]\n");
    });
    out.write("digraph connectivity {\n");
    out.write("  node [shape=box style=rounded fontname=Helvetica]\n  edge [fontname=Helvetica fontsize=10]\n");
    int i = 0;
    for (Map.Entry<String, Set<String>> ns : byNamespace.entrySet()) {
      out.write("  subgraph cluster_" + (i++) + " {\n    label=" + quote(ns.getKey()) + "\n");
      for (String w : ns.getValue()) {
        String label = w.substring(ns.getKey().length() + 1);
        out.write("    " + quote(w) + " [label=" + quote(label) + "]\n");
      }
      out.write("  }\n");
    }
    for (String x : external) {
      out.write("  " + quote(x) + " [label=" + quote(x.replace("[External]", "")) + " shape=ellipse color=red fontcolor=red]\n");
    }
    out.write(edges.toString());
    out.write("}\n");
  }

  private static String quote(String s) {
    return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }
}
