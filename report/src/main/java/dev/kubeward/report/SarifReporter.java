package dev.kubeward.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kubeward.core.check.Reference;
import dev.kubeward.core.check.Rule;
import dev.kubeward.core.check.Severity;
import dev.kubeward.core.engine.ScanResult;
import dev.kubeward.core.finding.Finding;
import dev.kubeward.core.finding.ReportedFinding;
import dev.kubeward.core.finding.Suppression;
import dev.kubeward.core.source.InputProblem;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * SARIF 2.1.0 for code-scanning tools (GitHub, GitLab, Azure DevOps): one run, a rule
 * descriptor per rule that ran with help text and a {@code security-severity}, a result per
 * finding with its region, a stable partial fingerprint, suppressions, and input problems as
 * tool execution notifications.
 */
final class SarifReporter implements Reporter {

  private static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

  @Override
  public String name() {
    return "sarif";
  }

  @Override
  public void write(Report report, Writer out) throws IOException {
    ScanResult r = report.result();
    ObjectNode root = JsonReporter.MAPPER.createObjectNode();
    root.put("$schema", SCHEMA);
    root.put("version", "2.1.0");
    ObjectNode run = root.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "kubeward");
    driver.put("semanticVersion", report.toolVersion().replace("-SNAPSHOT", ""));
    driver.put("version", report.toolVersion());
    driver.put("informationUri", "https://kubeward.dev/");
    ArrayNode rules = driver.putArray("rules");
    Map<String, Integer> index = new HashMap<>();
    Map<String, Severity> configured = new HashMap<>();
    for (ReportedFinding rf : r.findings()) {
      configured.put(rf.finding().rule().id(), rf.finding().severity());
    }
    for (Rule rule : r.rules()) {
      index.put(rule.id(), rules.size());
      rules.add(descriptor(rule, configured.getOrDefault(rule.id(), rule.severity())));
    }
    ArrayNode results = run.putArray("results");
    for (ReportedFinding rf : r.findings()) {
      results.add(result(rf, index));
    }
    ObjectNode invocation = run.putArray("invocations").addObject();
    invocation.put("executionSuccessful", r.problems().stream().noneMatch(InputProblem::error));
    ArrayNode notes = invocation.putArray("toolExecutionNotifications");
    for (InputProblem p : r.problems()) {
      ObjectNode n = notes.addObject();
      n.put("level", p.error() ? "error" : "warning");
      n.putObject("message").put("text", p.message());
      n.putArray("locations").add(location(p.file(), p.line(), p.column()));
    }
    JsonReporter.MAPPER.writeValue(out, root);
    out.write("\n");
  }

  /**
   * A rule descriptor. {@code severity} is the rule's severity after configuration (read off its
   * findings): code-scanning tools rank alerts by the descriptor's {@code security-severity}.
   */
  private static ObjectNode descriptor(Rule rule, Severity severity) {
    ObjectNode d = JsonReporter.MAPPER.createObjectNode();
    d.put("id", rule.id());
    d.put("name", pascal(rule.slug()));
    d.putObject("shortDescription").put("text", rule.summary());
    d.putObject("fullDescription").put("text", rule.description().map(SarifReporter::firstParagraph).orElse(rule.summary()));
    StringBuilder md = new StringBuilder();
    md.append("**").append(rule.summary()).append("** (").append(rule.id()).append(", `").append(rule.slug()).append("`)\n\n");
    rule.description().ifPresent(desc -> md.append(desc).append("\n\n"));
    md.append("**Fix:** ").append(rule.remediation()).append("\n");
    if (!rule.references().isEmpty()) {
      md.append("\n**References:**\n");
      for (Reference ref : rule.references()) {
        md.append("- ").append(ref.framework().title()).append(": ").append(ref.control());
        ref.title().ifPresent(t -> md.append(", ").append(t));
        ref.url().ifPresent(u -> md.append(" (").append(u).append(')'));
        md.append('\n');
      }
    }
    d.putObject("help").put("text", rule.remediation()).put("markdown", md.toString());
    d.put("helpUri", "https://kubeward.dev/rules/#" + rule.id().toLowerCase(java.util.Locale.ROOT));
    d.putObject("defaultConfiguration").put("level", level(severity));
    ObjectNode props = d.putObject("properties");
    ArrayNode tags = props.putArray("tags").add("security").add(rule.category().label());
    for (Reference ref : rule.references()) {
      tags.add(ref.toString());
    }
    props.put("security-severity", securitySeverity(severity));
    props.put("precision", "high");
    props.put("problem.severity", severity.label());
    return d;
  }

  private static String firstParagraph(String text) {
    int end = text.indexOf("\n\n");
    return (end < 0 ? text : text.substring(0, end)).replace('\n', ' ').strip();
  }

  private static ObjectNode result(ReportedFinding rf, Map<String, Integer> index) {
    Finding f = rf.finding();
    ObjectNode res = JsonReporter.MAPPER.createObjectNode();
    res.put("ruleId", f.rule().id());
    Integer i = index.get(f.rule().id());
    if (i != null) {
      res.put("ruleIndex", i);
    }
    res.put("level", level(f.severity()));
    res.putObject("message").put("text", f.message() + " in " + f.resource().display());
    ObjectNode loc = location(f.location().file(), f.location().line(), f.location().column());
    ObjectNode logical = loc.putArray("logicalLocations").addObject();
    logical.put("fullyQualifiedName", f.resource().display() + (f.path().isEmpty() ? "" : "." + f.path()));
    logical.put("kind", "object");
    res.putArray("locations").add(loc);
    res.putObject("partialFingerprints").put("kubewardFinding/v1", sha256(f.fingerprint()));
    ObjectNode props = res.putObject("properties");
    props.put("severity", f.severity().label());
    props.set("resource", JsonReporter.resource(f.resource()));
    props.put("path", f.path());
    f.container().ifPresent(c -> props.put("container", c));
    rf.suppression().ifPresent(s -> res.putArray("suppressions").addObject()
        .put("kind", s.kind() == Suppression.Kind.INLINE ? "inSource" : "external")
        .put("status", "accepted")
        .put("justification", s.reason()));
    return res;
  }

  private static ObjectNode location(String file, int line, int column) {
    ObjectNode loc = JsonReporter.MAPPER.createObjectNode();
    ObjectNode physical = loc.putObject("physicalLocation");
    ObjectNode artifact = physical.putObject("artifactLocation");
    artifact.put("uri", uri(file));
    if (!isAbsolute(file)) {
      artifact.put("uriBaseId", "%SRCROOT%");
    }
    if (line > 0) {
      physical.putObject("region").put("startLine", line).put("startColumn", Math.max(1, column));
    }
    return loc;
  }

  /** A relative file stays a relative reference (to %SRCROOT%); an absolute one becomes a file: URI. */
  static String uri(String file) {
    if (isAbsolute(file)) {
      try {
        return Path.of(file).toUri().toASCIIString();
      } catch (InvalidPathException e) {
        // not a path on this system: fall through to a relative reference
      }
    }
    String path = file.replace('\\', '/');
    try {
      return new URI(null, null, path, null).toASCIIString();
    } catch (URISyntaxException e) {
      return path;
    }
  }

  private static boolean isAbsolute(String file) {
    try {
      return Path.of(file).isAbsolute();
    } catch (InvalidPathException e) {
      return false;
    }
  }

  static String level(Severity s) {
    return switch (s) {
      case CRITICAL, HIGH -> "error";
      case MEDIUM -> "warning";
      case LOW, INFO -> "note";
    };
  }

  /** GitHub maps > 9.0 to critical, 7.0-8.9 high, 4.0-6.9 medium, 0.1-3.9 low. */
  static String securitySeverity(Severity s) {
    return switch (s) {
      case CRITICAL -> "9.5";
      case HIGH -> "8.0";
      case MEDIUM -> "5.5";
      case LOW -> "3.0";
      case INFO -> "0.0";
    };
  }

  private static String sha256(String s) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String pascal(String slug) {
    StringBuilder sb = new StringBuilder();
    for (String part : slug.split("-")) {
      if (!part.isEmpty()) {
        sb.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
      }
    }
    return sb.toString();
  }
}
