package dev.kubeward.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kubeward.cis.benchmark.BenchmarkReport;
import dev.kubeward.cis.benchmark.ControlResult;
import dev.kubeward.cis.benchmark.Controls;
import dev.kubeward.cis.tls.CertificateReport;
import dev.kubeward.core.source.InputProblem;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * The output of {@code kubeward cis}: {@code table} for people (every control with its status,
 * the details of what failed or could not be judged, totals), {@code json} as the contract of
 * docs/cis.md ({@code benchmark}, {@code sections} of {@code controls} with {@code status} and
 * {@code details}, {@code extras}, {@code certificates}, {@code totals}, {@code problems}); fields
 * are only ever added to it.
 */
public final class CisReportWriter {

  public static final List<String> FORMATS = List.of("table", "json");

  private CisReportWriter() {}

  public static void write(String format, BenchmarkReport report, CertificateReport certificates, boolean color, Writer out)
      throws IOException {
    switch (format) {
      case "table" -> table(report, certificates, new Ansi(color), out);
      case "json" -> json(report, certificates, out);
      default -> throw new IllegalArgumentException("no cis format " + format);
    }
  }

  private static void json(BenchmarkReport report, CertificateReport certificates, Writer out) throws IOException {
    ObjectNode root = JsonReporter.MAPPER.createObjectNode();
    root.put("benchmark", report.benchmark());
    root.put("node", report.node());
    report.components().forEach(root.putArray("components")::add);
    ArrayNode sections = root.putArray("sections");
    for (Controls.Section s : report.sections()) {
      if (report.results().stream().noneMatch(r -> r.section().equals(s.id()))) {
        continue;
      }
      ObjectNode sn = sections.addObject().put("id", s.id()).put("title", s.title());
      ArrayNode controls = sn.putArray("controls");
      for (ControlResult r : report.results()) {
        if (r.section().equals(s.id())) {
          control(controls.addObject(), r);
        }
      }
    }
    ArrayNode extras = root.putArray("extras");
    report.extras().forEach(r -> control(extras.addObject(), r));
    ArrayNode certs = root.putArray("certificates");
    for (CertificateReport.Entry e : certificates.entries()) {
      ObjectNode n = certs.addObject();
      n.put("file", e.file()).put("subject", e.subject()).put("issuer", e.issuer());
      n.put("notAfter", e.notAfter().toString()).put("daysLeft", e.daysLeft());
      n.put("key", e.key()).put("signature", e.signature()).put("ca", e.ca());
      e.sans().forEach(n.putArray("sans")::add);
      e.usedBy().forEach(n.putArray("usedBy")::add);
      ArrayNode problems = n.putArray("findings");
      e.findings().forEach(f -> problems.addObject().put("rule", f.rule()).put("message", f.message()));
    }
    ObjectNode totals = root.putObject("totals");
    report.totals().forEach((k, v) -> totals.put(k.name(), v));
    totals.put("certificateFindings", certificates.findings());
    ArrayNode problems = root.putArray("problems");
    for (InputProblem p : report.problems()) {
      problems.addObject().put("file", p.file()).put("line", p.line()).put("column", p.column())
          .put("message", p.message()).put("error", p.error());
    }
    JsonReporter.MAPPER.writeValue(out, root);
    out.write("\n");
  }

  private static void control(ObjectNode n, ControlResult r) {
    n.put("id", r.id()).put("title", r.title()).put("status", r.status().name());
    if (!r.note().isEmpty()) {
      n.put("note", r.note());
    }
    ArrayNode details = n.putArray("details");
    for (ControlResult.Detail d : r.details()) {
      ObjectNode dn = details.addObject();
      dn.put("rule", d.rule()).put("component", d.component()).put("source", d.source()).put("status", d.status())
          .put("message", d.message());
      d.location().ifPresent(l -> dn.put("location", l));
    }
  }

  private static void table(BenchmarkReport report, CertificateReport certificates, Ansi ansi, Writer out) throws IOException {
    out.write(ansi.bold("CIS Kubernetes Benchmark 1.10, sections 1 to 4" + (report.node() ? ", this node" : "")) + "\n");
    if (report.components().isEmpty()) {
      out.write("No control-plane or node component found in the input.\n");
    } else {
      out.write("Read:\n");
      for (String c : report.components()) {
        out.write("  " + c + "\n");
      }
    }
    for (Controls.Section s : report.sections()) {
      List<ControlResult> in = report.results().stream().filter(r -> r.section().equals(s.id())).toList();
      if (in.isEmpty()) {
        continue;
      }
      out.write("\n" + ansi.bold(s.id() + " " + s.title()) + "\n");
      for (ControlResult r : in) {
        result(r, ansi, out);
      }
    }
    if (!report.extras().isEmpty()) {
      out.write("\n" + ansi.bold("Beyond the benchmark (kubeward)") + "\n");
      for (ControlResult r : report.extras()) {
        result(r, ansi, out);
      }
    }
    if (!certificates.entries().isEmpty()) {
      out.write("\n" + ansi.bold("Certificates") + "\n");
      for (CertificateReport.Entry e : certificates.entries()) {
        String status = e.findings().isEmpty() ? ansi.green("OK  ") : ansi.red("FAIL");
        out.write("  [" + status + "] " + e.file() + "  " + e.subject() + ", " + e.key() + ", " + e.signature()
            + ", " + (e.daysLeft() < 0 ? "expired " + (-e.daysLeft()) + " days ago" : e.daysLeft() + " days left") + "\n");
        for (CertificateReport.Finding f : e.findings()) {
          out.write("         " + f.message() + " " + ansi.dim("(" + f.rule() + ")") + "\n");
        }
      }
    }
    out.write("\n");
    PssReportWriter.problems(report.problems(), ansi, out);
    out.write(summary(report, certificates, ansi) + "\n");
  }

  private static void result(ControlResult r, Ansi ansi, Writer out) throws IOException {
    String tag = switch (r.status()) {
      case PASS -> ansi.green("PASS  ");
      case FAIL -> ansi.red("FAIL  ");
      case WARN -> ansi.yellow("WARN  ");
      case MANUAL -> "MANUAL";
      case SKIP -> ansi.dim("SKIP  ");
    };
    out.write("  [" + tag + "] " + pad(r.id(), 7) + " "
        + (r.status() == ControlResult.Status.SKIP ? ansi.dim(r.title() + " (" + r.note() + ")") : r.title()) + "\n");
    if (r.status() == ControlResult.Status.FAIL || r.status() == ControlResult.Status.WARN) {
      for (ControlResult.Detail d : r.details()) {
        if (d.status().equals("PASS")) {
          continue;
        }
        out.write("           " + d.message() + " " + ansi.dim("(" + d.rule() + (d.location().map(l -> ", " + l).orElse(
            ", " + d.source())) + ")") + "\n");
      }
    }
  }

  private static String pad(String s, int n) {
    return s.length() >= n ? s : s + " ".repeat(n - s.length());
  }

  private static String summary(BenchmarkReport report, CertificateReport certificates, Ansi ansi) {
    Map<ControlResult.Status, Integer> t = report.totals();
    StringBuilder sb = new StringBuilder();
    sb.append(t.get(ControlResult.Status.PASS)).append(" PASS, ")
        .append(t.get(ControlResult.Status.FAIL)).append(" FAIL, ")
        .append(t.get(ControlResult.Status.WARN)).append(" WARN, ")
        .append(t.get(ControlResult.Status.MANUAL)).append(" MANUAL, ")
        .append(t.get(ControlResult.Status.SKIP)).append(" SKIP");
    if (!certificates.entries().isEmpty()) {
      sb.append("; ").append(certificates.entries().size()).append(certificates.entries().size() == 1 ? " certificate, " : " certificates, ")
          .append(certificates.findings()).append(certificates.findings() == 1 ? " finding" : " findings");
    }
    long errors = report.problems().stream().filter(InputProblem::error).count();
    if (errors > 0) {
      sb.append(", ").append(ansi.red(errors + (errors == 1 ? " input error" : " input errors")));
    }
    sb.append(". ");
    if (report.failed() || certificates.findings() > 0) {
      sb.append(ansi.red("FAIL"));
    } else if (errors > 0) {
      sb.append(ansi.red("ERROR")).append(": fix the input errors above");
    } else {
      sb.append(ansi.green("PASS"));
    }
    return sb.toString();
  }
}
