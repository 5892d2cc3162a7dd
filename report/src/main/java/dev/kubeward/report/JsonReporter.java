package dev.kubeward.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kubeward.core.check.Reference;
import dev.kubeward.core.check.Severity;
import dev.kubeward.core.engine.ScanResult;
import dev.kubeward.core.finding.Finding;
import dev.kubeward.core.finding.ReportedFinding;
import dev.kubeward.core.model.ManifestReader;
import dev.kubeward.core.model.ResourceRef;
import dev.kubeward.core.source.InputProblem;
import java.io.IOException;
import java.io.Writer;

/**
 * The machine format, a stable contract documented in docs/json-report.md. Fields are only ever
 * added within a {@code schemaVersion} major version.
 */
final class JsonReporter implements Reporter {

  static final String SCHEMA_VERSION = "1.0";
  static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

  @Override
  public String name() {
    return "json";
  }

  @Override
  public void write(Report report, Writer out) throws IOException {
    ScanResult r = report.result();
    ObjectNode root = MAPPER.createObjectNode();
    root.put("schemaVersion", SCHEMA_VERSION);
    root.putObject("tool").put("name", "kubeward").put("version", report.toolVersion());
    ObjectNode summary = root.putObject("summary");
    summary.put("files", r.files());
    summary.put("resources", r.resources());
    long active = r.findings().stream().filter(ReportedFinding::active).count();
    summary.put("findings", active);
    summary.put("suppressed", r.findings().size() - active);
    ObjectNode bySeverity = summary.putObject("bySeverity");
    for (Severity s : Severity.values()) {
      bySeverity.put(s.label(), r.findings().stream()
          .filter(f -> f.active() && f.finding().severity() == s).count());
    }
    summary.put("inputErrors", r.problems().stream().filter(InputProblem::error).count());
    summary.put("skippedDocuments", r.skipped().size());
    summary.put("failOn", report.failOn().label());
    summary.put("passed", report.passed());
    // Findings are streamed one by one: a large scan has hundreds of thousands, and a whole tree
    // of them would take gigabytes.
    JsonGenerator gen = MAPPER.writer().createGenerator(out);
    gen.writeStartObject();
    for (var field : root.properties()) {
      gen.writeFieldName(field.getKey());
      MAPPER.writeTree(gen, field.getValue());
    }
    gen.writeArrayFieldStart("findings");
    for (ReportedFinding rf : r.findings()) {
      MAPPER.writeTree(gen, finding(rf));
    }
    gen.writeEndArray();
    root = MAPPER.createObjectNode();
    ArrayNode problems = root.putArray("problems");
    for (InputProblem p : r.problems()) {
      ObjectNode n = problems.addObject();
      n.put("file", p.file());
      if (p.line() > 0) {
        n.put("line", p.line()).put("column", p.column());
      }
      n.put("severity", p.error() ? "error" : "warning").put("message", p.message());
    }
    ArrayNode skipped = root.putArray("skipped");
    for (ManifestReader.Skipped s : r.skipped()) {
      skipped.addObject().put("file", s.file()).put("line", s.line()).put("reason", s.reason());
    }
    for (var field : root.properties()) {
      gen.writeFieldName(field.getKey());
      MAPPER.writeTree(gen, field.getValue());
    }
    gen.writeEndObject();
    gen.flush();
    out.write("\n");
  }

  static ObjectNode finding(ReportedFinding rf) {
    Finding f = rf.finding();
    ObjectNode n = MAPPER.createObjectNode();
    n.put("ruleId", f.rule().id());
    n.put("slug", f.rule().slug());
    n.put("severity", f.severity().label());
    n.put("category", f.rule().category().label());
    n.set("resource", resource(f.resource()));
    f.container().ifPresent(c -> n.put("container", c));
    n.putObject("location")
        .put("file", f.location().file())
        .put("line", f.location().line())
        .put("column", f.location().column());
    n.put("path", f.path());
    n.put("message", f.message());
    n.put("remediation", f.rule().remediation());
    ArrayNode refs = n.putArray("references");
    for (Reference ref : f.rule().references()) {
      ObjectNode rn = refs.addObject().put("framework", ref.framework().prefix()).put("control", ref.control());
      ref.url().ifPresent(u -> rn.put("url", u));
    }
    n.put("fingerprint", f.fingerprint());
    n.put("suppressed", !rf.active());
    rf.suppression().ifPresent(s -> n.putObject("suppression")
        .put("kind", s.kind().name().toLowerCase(java.util.Locale.ROOT))
        .put("source", s.source())
        .put("reason", s.reason()));
    return n;
  }

  static ObjectNode resource(ResourceRef ref) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("apiVersion", ref.apiVersion()).put("kind", ref.kind());
    ref.namespace().ifPresentOrElse(ns -> n.put("namespace", ns), () -> n.putNull("namespace"));
    n.put("name", ref.name());
    return n;
  }
}
