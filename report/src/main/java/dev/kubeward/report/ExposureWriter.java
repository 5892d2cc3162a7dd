package dev.kubeward.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kubeward.netpol.exposure.Exposure;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * The output of {@code kubeward netpol exposure}: {@code txt}, a table with one row per
 * workload, and {@code json} (the contract of docs/netpol.md; fields are only ever added).
 */
public final class ExposureWriter {

  public static final List<String> FORMATS = List.of("txt", "json");

  private ExposureWriter() {}

  public static void write(String format, List<Exposure> exposures, Writer out) throws IOException {
    switch (format) {
      case "txt" -> table(exposures, out);
      case "json" -> json(exposures, out);
      default -> throw new IllegalArgumentException("no exposure format " + format);
    }
  }

  private static void table(List<Exposure> exposures, Writer out) throws IOException {
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"WORKLOAD", "ISOLATED", "FROM PODS", "FROM OUTSIDE", "ENTRANCES"});
    for (Exposure e : exposures) {
      String pods = e.everyNamespace() ? "every namespace" : e.namespaces().isEmpty() ? "-" : String.join(",", e.namespaces());
      String outside = e.outside().isEmpty() ? "-" : String.join("; ", e.outside().stream().map(o -> o.range() + " " + o.connections()).toList());
      String entrances = e.entrances().isEmpty() ? "-" : String.join("; ", e.entrances());
      rows.add(new String[] {e.workload().display(), e.isolated() ? "yes" : "no", pods, outside, entrances});
    }
    int[] width = new int[4];
    for (String[] r : rows) {
      for (int i = 0; i < 4; i++) {
        width[i] = Math.max(width[i], r[i].length());
      }
    }
    for (String[] r : rows) {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < 4; i++) {
        sb.append(r[i]).append(" ".repeat(width[i] - r[i].length() + 2));
      }
      sb.append(r[4]);
      out.write(sb.toString().stripTrailing());
      out.write('\n');
    }
  }

  private static void json(List<Exposure> exposures, Writer out) throws IOException {
    ObjectNode root = JsonReporter.MAPPER.createObjectNode();
    ArrayNode list = root.putArray("workloads");
    for (Exposure e : exposures) {
      ObjectNode w = list.addObject();
      w.put("workload", e.workload().display());
      w.put("kind", e.workload().kind());
      w.put("namespace", e.workload().namespace());
      w.put("name", e.workload().name());
      w.put("isolated", e.isolated());
      w.put("fromEveryNamespace", e.everyNamespace());
      ArrayNode ns = w.putArray("fromNamespaces");
      e.namespaces().forEach(ns::add);
      ArrayNode outside = w.putArray("fromOutside");
      e.outside().forEach(o -> outside.addObject().put("range", o.range()).put("conn", o.connections()));
      ArrayNode entrances = w.putArray("entrances");
      e.entrances().forEach(entrances::add);
    }
    JsonReporter.MAPPER.writeValue(out, root);
    out.write('\n');
  }
}
