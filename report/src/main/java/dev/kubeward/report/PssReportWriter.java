package dev.kubeward.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kubeward.core.model.ResourceRef;
import dev.kubeward.core.source.InputProblem;
import dev.kubeward.pss.Evaluation;
import dev.kubeward.pss.Violation;
import dev.kubeward.pss.workloads.PssReport;
import dev.kubeward.pss.workloads.WorkloadResult;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The output of {@code kubeward pss}: {@code table} for people, {@code json} as the contract of
 * docs/pss.md ({@code level}, {@code version}, {@code results} of {@code file}, {@code resource},
 * {@code allowed}, {@code violations}); fields are only ever added to it.
 */
public final class PssReportWriter {

  public static final List<String> FORMATS = List.of("table", "json");

  private PssReportWriter() {}

  public static void write(String format, PssReport report, boolean color, Writer out) throws IOException {
    switch (format) {
      case "table" -> table(report, new Ansi(color), out);
      case "json" -> json(report, out);
      default -> throw new IllegalArgumentException("no pss format " + format);
    }
  }

  private static void json(PssReport report, Writer out) throws IOException {
    ObjectNode root = JsonReporter.MAPPER.createObjectNode();
    root.put("level", report.policy().level().label());
    root.put("version", report.policy().version().toString());
    ArrayNode results = root.putArray("results");
    for (WorkloadResult r : report.results()) {
      ObjectNode n = results.addObject();
      n.put("file", r.workload().file());
      ResourceRef ref = r.workload().ref();
      ObjectNode resource = n.putObject("resource");
      resource.put("apiVersion", ref.apiVersion()).put("kind", ref.kind());
      resource.put("namespace", ref.namespace().orElse(null));
      resource.put("name", ref.name());
      n.put("allowed", r.allowed());
      violations(n.putArray("violations"), r.evaluation());
    }
    JsonReporter.MAPPER.writeValue(out, root);
    out.write("\n");
  }

  private static void violations(ArrayNode out, Evaluation e) {
    for (Violation v : e.violations()) {
      out.addObject().put("check", v.check()).put("reason", v.reason()).put("detail", v.detail());
    }
  }

  private static void table(PssReport report, Ansi ansi, Writer out) throws IOException {
    Map<String, List<WorkloadResult>> byFile = new LinkedHashMap<>();
    for (WorkloadResult r : report.results()) {
      byFile.computeIfAbsent(r.workload().file(), k -> new ArrayList<>()).add(r);
    }
    for (var file : byFile.entrySet()) {
      out.write(ansi.bold(file.getKey()) + "\n");
      for (WorkloadResult r : file.getValue()) {
        String verdict = r.allowed() ? ansi.green("allowed") : ansi.red("DENIED");
        out.write("  " + ansi.bold(r.workload().ref().display()) + "  " + verdict + "\n");
        for (Violation v : r.evaluation().violations()) {
          out.write("    " + v.message() + " " + ansi.dim("[" + v.check() + "]") + "\n");
        }
      }
      out.write("\n");
    }
    problems(report.problems(), ansi, out);
    out.write(summary(report, ansi) + "\n");
  }

  static void problems(List<InputProblem> problems, Ansi ansi, Writer out) throws IOException {
    if (problems.isEmpty()) {
      return;
    }
    out.write(ansi.bold("Problems with the input") + "\n");
    for (InputProblem p : problems) {
      out.write("  " + (p.error() ? ansi.red(p.describe()) : p.describe()) + "\n");
    }
    out.write("\n");
  }

  private static String summary(PssReport report, Ansi ansi) {
    int n = report.results().size();
    long denied = report.denied();
    StringBuilder sb = new StringBuilder();
    sb.append(report.files()).append(report.files() == 1 ? " file, " : " files, ");
    sb.append(n).append(n == 1 ? " workload" : " workloads").append(" at ").append(report.policy());
    if (report.policy().version().latest() || !report.effective().equals(report.policy().version())) {
      sb.append(" (the checks of ").append(report.effective()).append(")");
    }
    sb.append(": ").append(n - denied).append(" allowed, ").append(denied).append(" denied");
    long errors = report.problems().stream().filter(InputProblem::error).count();
    if (errors > 0) {
      sb.append(", ").append(ansi.red(errors + (errors == 1 ? " input error" : " input errors")));
    }
    sb.append(". ");
    if (denied > 0) {
      sb.append(ansi.red("FAIL")).append(": the API server would reject ").append(denied == 1 ? "it" : "them");
    } else if (errors > 0) {
      sb.append(ansi.red("ERROR")).append(": fix the input errors above");
    } else {
      sb.append(ansi.green("PASS"));
    }
    return sb.toString();
  }
}
