package dev.kubeward.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kubeward.core.check.Reference;
import dev.kubeward.core.check.Rule;
import dev.kubeward.core.check.Severity;
import dev.kubeward.core.engine.ScanResult;
import dev.kubeward.core.finding.Finding;
import dev.kubeward.core.finding.ReportedFinding;
import dev.kubeward.core.model.ManifestReader;
import dev.kubeward.core.model.ResourceRef;
import dev.kubeward.core.source.InputProblem;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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
    writeFindings(gen, out, r.findings());
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

  /** Findings rendered per chunk. */
  private static final int CHUNK = 1_024;

  /**
   * Renders the findings in chunks on all cores while this thread writes the chunks already
   * rendered, in order, each as one raw value: the separators between chunks are those between
   * findings, so the text is exactly what writing them one by one gives. At most a few chunks per
   * core are rendered ahead of the one being written, which bounds the memory.
   */
  private static void writeFindings(JsonGenerator gen, Writer out, List<ReportedFinding> findings) throws IOException {
    int chunks = (findings.size() + CHUNK - 1) / CHUNK;
    if (chunks <= 1) {
      if (chunks == 1) {
        writeRendered(gen, out, render(findings));
      }
      return;
    }
    int cores = Math.max(1, Runtime.getRuntime().availableProcessors());
    int ahead = 4 * cores;
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(cores, chunks), r -> {
      Thread t = new Thread(r, "kubeward-json");
      t.setDaemon(true);
      return t;
    });
    try {
      java.util.ArrayDeque<Future<String>> rendering = new java.util.ArrayDeque<>();
      int next = 0;
      for (int written = 0; written < chunks; written++) {
        while (next < chunks && next < written + ahead) {
          List<ReportedFinding> chunk = findings.subList(next * CHUNK, Math.min(findings.size(), (next + 1) * CHUNK));
          rendering.add(pool.submit(() -> render(chunk)));
          next++;
        }
        writeRendered(gen, out, rendering.poll().get());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new java.io.InterruptedIOException("interrupted while writing the report");
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * One rendered chunk as the next value of the findings array: the generator writes the
   * separator, the text goes straight to {@code out} rather than through the generator's buffer.
   */
  private static void writeRendered(JsonGenerator gen, Writer out, String chunk) throws IOException {
    gen.writeRawValue("");
    gen.flush();
    out.write(chunk);
  }

  /** The findings as they appear inside the report's {@code findings} array, separators included. */
  private static String render(List<ReportedFinding> chunk) {
    StringWriter text = new StringWriter(chunk.size() * 1_500);
    try (JsonGenerator g = MAPPER.writer().createGenerator(text)) {
      // Rendered at the depth they take in the report, then cut out of the array.
      g.writeStartObject();
      g.writeArrayFieldStart("findings");
      for (ReportedFinding rf : chunk) {
        writeFinding(g, rf);
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    String s = text.toString();
    return s.substring(s.indexOf('[') + 2, s.lastIndexOf(']') - 1);
  }

  static void writeFinding(JsonGenerator g, ReportedFinding rf) throws IOException {
    Finding f = rf.finding();
    g.writeStartObject();
    g.writeStringField("ruleId", f.rule().id());
    g.writeStringField("slug", f.rule().slug());
    g.writeStringField("severity", f.severity().label());
    g.writeStringField("category", f.rule().category().label());
    g.writeFieldName("resource");
    writeResource(g, f.resource());
    if (f.container().isPresent()) {
      g.writeStringField("container", f.container().get());
    }
    g.writeObjectFieldStart("location");
    g.writeStringField("file", f.location().file());
    g.writeNumberField("line", f.location().line());
    g.writeNumberField("column", f.location().column());
    g.writeEndObject();
    g.writeStringField("path", f.path());
    g.writeStringField("message", f.message());
    // The same text for every finding of a rule: rendered once, at the depth findings take.
    g.writeRaw(RULE_FIELDS.computeIfAbsent(f.rule().id(), id -> ruleFields(f.rule())));
    g.writeStringField("fingerprint", f.fingerprint());
    g.writeBooleanField("suppressed", !rf.active());
    if (rf.suppression().isPresent()) {
      var s = rf.suppression().get();
      g.writeObjectFieldStart("suppression");
      g.writeStringField("kind", s.kind().name().toLowerCase(java.util.Locale.ROOT));
      g.writeStringField("source", s.source());
      g.writeStringField("reason", s.reason());
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  private static final java.util.Map<String, String> RULE_FIELDS = new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * A rule's remediation and references as they appear inside a finding of the report, with the
   * separator before them: rendered inside a finding between two marker fields, then cut out.
   */
  private static String ruleFields(Rule rule) {
    StringWriter text = new StringWriter();
    try (JsonGenerator g = MAPPER.writer().createGenerator(text)) {
      g.writeStartObject();
      g.writeArrayFieldStart("findings");
      g.writeStartObject();
      g.writeNumberField("before", 0);
      writeRuleFields(g, rule);
      g.writeNumberField("after", 0);
      g.writeEndObject();
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String s = text.toString();
    int from = s.indexOf("\"before\" : 0") + "\"before\" : 0".length();
    int to = s.lastIndexOf(',', s.indexOf("\"after\" : 0"));
    return s.substring(from, to);
  }

  private static void writeRuleFields(JsonGenerator g, Rule rule) throws IOException {
    g.writeStringField("remediation", rule.remediation());
    g.writeArrayFieldStart("references");
    for (Reference ref : rule.references()) {
      g.writeStartObject();
      g.writeStringField("framework", ref.framework().prefix());
      g.writeStringField("control", ref.control());
      if (ref.url().isPresent()) {
        g.writeStringField("url", ref.url().get());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void writeResource(JsonGenerator g, ResourceRef ref) throws IOException {
    g.writeStartObject();
    g.writeStringField("apiVersion", ref.apiVersion());
    g.writeStringField("kind", ref.kind());
    if (ref.namespace().isPresent()) {
      g.writeStringField("namespace", ref.namespace().get());
    } else {
      g.writeNullField("namespace");
    }
    g.writeStringField("name", ref.name());
    g.writeEndObject();
  }

  static ObjectNode resource(ResourceRef ref) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("apiVersion", ref.apiVersion()).put("kind", ref.kind());
    ref.namespace().ifPresentOrElse(ns -> n.put("namespace", ns), () -> n.putNull("namespace"));
    n.put("name", ref.name());
    return n;
  }
}
