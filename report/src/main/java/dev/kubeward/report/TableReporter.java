package dev.kubeward.report;

import dev.kubeward.core.check.Severity;
import dev.kubeward.core.engine.ScanResult;
import dev.kubeward.core.finding.Finding;
import dev.kubeward.core.finding.ReportedFinding;
import dev.kubeward.core.finding.Suppression;
import dev.kubeward.core.model.ManifestReader;
import dev.kubeward.core.model.ResourceRef;
import dev.kubeward.core.source.InputProblem;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The human format: findings grouped by file and resource, each with its severity, position,
 * message, rule and the field path with the fix; then input problems and a summary line.
 */
final class TableReporter implements Reporter {

  /** Lines under a finding start below its message, past severity and position. */
  private static final String INDENT = " ".repeat(21);

  @Override
  public String name() {
    return "table";
  }

  @Override
  public void write(Report report, Writer out) throws IOException {
    Ansi ansi = new Ansi(report.color());
    ScanResult result = report.result();
    List<ReportedFinding> shown = report.verbose() ? result.findings() : result.active();
    Map<String, Map<ResourceRef, List<ReportedFinding>>> byFile = new LinkedHashMap<>();
    for (ReportedFinding rf : shown) {
      Finding f = rf.finding();
      byFile.computeIfAbsent(f.location().file(), k -> new LinkedHashMap<>())
          .computeIfAbsent(f.resource(), k -> new ArrayList<>())
          .add(rf);
    }
    for (var file : byFile.entrySet()) {
      out.write(ansi.bold(file.getKey()) + "\n");
      for (var res : file.getValue().entrySet()) {
        out.write("  " + ansi.bold(res.getKey().display()) + "\n");
        for (ReportedFinding rf : res.getValue()) {
          writeFinding(rf, ansi, out);
        }
      }
      out.write("\n");
    }
    List<InputProblem> problems = result.problems();
    if (!problems.isEmpty()) {
      out.write(ansi.bold("Problems with the input") + "\n");
      for (InputProblem p : problems) {
        out.write("  " + (p.error() ? ansi.red(p.describe()) : p.describe()) + "\n");
      }
      out.write("\n");
    }
    if (report.verbose() && !result.skipped().isEmpty()) {
      out.write(ansi.bold("Skipped documents") + "\n");
      for (ManifestReader.Skipped s : result.skipped()) {
        out.write("  " + s.file() + ":" + s.line() + ": " + s.reason() + "\n");
      }
      out.write("\n");
    }
    out.write(summary(report, ansi) + "\n");
  }

  private static void writeFinding(ReportedFinding rf, Ansi ansi, Writer out) throws IOException {
    Finding f = rf.finding();
    String sev = String.format("%-8s", f.severity().label().toUpperCase(Locale.ROOT));
    String pos = String.format("%-7s", f.location().line() + ":" + f.location().column());
    String rule = "[" + f.rule().id() + " " + f.rule().slug() + "]";
    out.write("    " + ansi.severity(f.severity(), sev) + " " + pos + " " + f.message() + " " + ansi.dim(rule) + "\n");
    String detail = (f.path().isEmpty() ? "" : f.path() + "  ") + "fix: " + f.rule().remediation();
    out.write(INDENT + ansi.dim(detail) + "\n");
    if (rf.suppression().isPresent()) {
      Suppression s = rf.suppression().get();
      out.write(INDENT + ansi.dim("suppressed (" + s.kind().name().toLowerCase(Locale.ROOT) + ", " + s.source() + "): "
          + s.reason()) + "\n");
    }
  }

  static String summary(Report report, Ansi ansi) {
    ScanResult r = report.result();
    Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
    int suppressed = 0;
    for (ReportedFinding f : r.findings()) {
      if (f.active()) {
        counts.merge(f.finding().severity(), 1, Integer::sum);
      } else {
        suppressed++;
      }
    }
    int active = counts.values().stream().mapToInt(Integer::intValue).sum();
    StringBuilder sb = new StringBuilder();
    sb.append(r.files()).append(r.files() == 1 ? " file, " : " files, ");
    sb.append(r.resources()).append(r.resources() == 1 ? " resource, " : " resources, ");
    sb.append(active).append(active == 1 ? " finding" : " findings");
    if (active > 0) {
      StringBuilder parts = new StringBuilder();
      for (Severity s : Severity.values()) {
        Integer n = counts.get(s);
        if (n != null) {
          parts.append(parts.isEmpty() ? "" : ", ").append(ansi.severity(s, n + " " + s.label()));
        }
      }
      sb.append(" (").append(parts).append(')');
    }
    if (suppressed > 0) {
      sb.append(", ").append(suppressed).append(" suppressed");
    }
    long errors = r.problems().stream().filter(InputProblem::error).count();
    if (errors > 0) {
      sb.append(", ").append(ansi.red(errors + (errors == 1 ? " input error" : " input errors")));
    }
    if (!r.skipped().isEmpty()) {
      sb.append(", ").append(r.skipped().size()).append(r.skipped().size() == 1 ? " document skipped" : " documents skipped");
      if (!report.verbose()) {
        sb.append(" (--verbose lists them)");
      }
    }
    String threshold = report.failOn().label();
    sb.append(". ");
    if (r.failsAt(report.failOn())) {
      sb.append(ansi.red("FAIL")).append(": findings at or above ").append(threshold);
    } else if (errors > 0) {
      sb.append(ansi.red("ERROR")).append(": nothing at or above ").append(threshold)
          .append(" in what could be read; fix the input errors above");
    } else {
      sb.append(ansi.green("PASS")).append(": nothing at or above ").append(threshold);
    }
    return sb.toString();
  }
}
