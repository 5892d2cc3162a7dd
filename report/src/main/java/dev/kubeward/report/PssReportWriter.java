package dev.kubeward.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kubeward.core.model.ResourceRef;
import dev.kubeward.core.source.InputProblem;
import dev.kubeward.pss.Evaluation;
import dev.kubeward.pss.LevelVersion;
import dev.kubeward.pss.Violation;
import dev.kubeward.pss.admission.AdmissionResult;
import dev.kubeward.pss.admission.Mode;
import dev.kubeward.pss.admission.NamespacePolicy;
import dev.kubeward.pss.psp.PspMapping;
import dev.kubeward.pss.workloads.PssInput;
import dev.kubeward.pss.workloads.PssReport;
import dev.kubeward.pss.workloads.WorkloadResult;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
    root.put("level", report.policy().map(p -> p.level().label()).orElse(null));
    root.put("version", report.policy().map(p -> p.version().toString()).orElse(null));
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
      r.admission().ifPresent(a -> admission(n.putObject("admission"), a));
    }
    if (!report.podSecurityPolicies().isEmpty()) {
      ArrayNode policies = root.putArray("podSecurityPolicies");
      for (PssInput.Located<PspMapping> p : report.podSecurityPolicies()) {
        ObjectNode n = policies.addObject();
        n.put("file", p.file()).put("name", p.value().name()).put("level", p.value().level().label());
        p.value().baselineGaps().forEach(n.putArray("baselineGaps")::add);
        p.value().restrictedGaps().forEach(n.putArray("restrictedGaps")::add);
        p.value().notCarriedOver().forEach(n.putArray("notCarriedOver")::add);
      }
    }
    JsonReporter.MAPPER.writeValue(out, root);
    out.write("\n");
  }

  private static void admission(ObjectNode n, AdmissionResult a) {
    n.put("namespace", a.namespace().orElse(null));
    a.exemption().ifPresent(e -> n.put("exempt", e));
    for (Mode m : Mode.values()) {
      LevelVersion lv = a.policy().get(m);
      ObjectNode mode = n.putObject(m.label());
      mode.put("level", lv.level().label()).put("version", lv.version().toString());
      mode.put("source", a.policy().source(m).name().toLowerCase(Locale.ROOT).replace('_', '-'));
      mode.put("allowed", a.mode(m).map(Evaluation::allowed).orElse(true));
      ArrayNode v = mode.putArray("violations");
      a.mode(m).ifPresent(e -> violations(v, e));
    }
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
        workload(report, r, ansi, out);
      }
      out.write("\n");
    }
    if (!report.podSecurityPolicies().isEmpty()) {
      out.write(ansi.bold("PodSecurityPolicies (removed in Kubernetes 1.25) and their closest Pod Security level") + "\n");
      for (PssInput.Located<PspMapping> p : report.podSecurityPolicies()) {
        out.write("  " + p.file() + ":" + p.line() + "  " + p.value().describe() + "\n");
      }
      out.write("\n");
    }
    problems(report.problems(), ansi, out);
    out.write(summary(report, ansi) + "\n");
  }

  private static void workload(PssReport report, WorkloadResult r, Ansi ansi, Writer out) throws IOException {
    String ref = "  " + ansi.bold(r.workload().ref().display()) + "  ";
    AdmissionResult a = r.admission().orElse(null);
    if (report.policy().isEmpty() && a.exemption().isPresent()) {
      out.write(ref + ansi.green("exempt") + ": " + a.exemption().get() + "\n");
      return;
    }
    String verdict = r.allowed() ? ansi.green("allowed") : ansi.red("DENIED");
    if (report.policy().isEmpty()) {
      verdict += " by enforce " + policy(a, Mode.ENFORCE);
    }
    out.write(ref + verdict + "\n");
    violations(r.evaluation(), "    ", ansi, out);
    if (a == null) {
      return;
    }
    if (report.policy().isPresent()) {
      if (a.exemption().isPresent()) {
        out.write("    in its namespace: exempt: " + a.exemption().get() + "\n");
        return;
      }
      Evaluation enforce = a.mode(Mode.ENFORCE).orElseThrow();
      out.write("    in its namespace, enforce " + policy(a, Mode.ENFORCE) + " "
          + (enforce.allowed() ? ansi.green("admits it") : ansi.red("REJECTS it")) + "\n");
      violations(enforce, "      ", ansi, out);
    }
    for (Mode m : new Mode[] {Mode.AUDIT, Mode.WARN}) {
      Evaluation e = a.mode(m).orElseThrow();
      if (!e.allowed()) {
        out.write("    " + m.label() + " " + policy(a, m) + (m == Mode.AUDIT ? " records" : " warns") + ":\n");
        violations(e, "      ", ansi, out);
      }
    }
  }

  private static String policy(AdmissionResult a, Mode m) {
    NamespacePolicy.Source source = a.policy().source(m);
    String from = switch (source) {
      case LABELS -> "labels of Namespace " + a.namespace().orElse("");
      case DEFAULTS -> "cluster defaults";
      case WHAT_IF -> "what-if";
    };
    return a.policy().get(m) + " (" + from + ")";
  }

  private static void violations(Evaluation e, String indent, Ansi ansi, Writer out) throws IOException {
    for (Violation v : e.violations()) {
      out.write(indent + v.message() + " " + ansi.dim("[" + v.check() + "]") + "\n");
    }
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
    sb.append(n).append(n == 1 ? " workload" : " workloads");
    if (report.policy().isPresent()) {
      LevelVersion lv = report.policy().get();
      sb.append(" at ").append(lv);
      if (lv.version().latest() || !report.registry().effective(lv.version()).equals(lv.version())) {
        sb.append(" (the checks of ").append(report.registry().effective(lv.version())).append(")");
      }
    } else {
      sb.append(" in their namespaces");
    }
    sb.append(": ").append(n - denied).append(" allowed, ").append(denied).append(" denied");
    long flagged = report.results().stream().filter(r -> r.admission()
        .filter(a -> !a.mode(Mode.AUDIT).map(Evaluation::allowed).orElse(true)
            || !a.mode(Mode.WARN).map(Evaluation::allowed).orElse(true)).isPresent()).count();
    if (flagged > 0) {
      sb.append(", ").append(flagged).append(" flagged by audit or warn");
    }
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
