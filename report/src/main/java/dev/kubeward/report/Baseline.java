package dev.kubeward.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kubeward.core.KubewardException;
import dev.kubeward.core.finding.Finding;
import dev.kubeward.core.finding.ReportedFinding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A baseline file: the findings accepted at one point, so later scans report only new ones.
 * Entries are matched by rule, resource, container and field path, never by line, so edits that
 * shift lines do not resurface old findings.
 */
public final class Baseline {

  static final String SCHEMA_VERSION = "1.0";

  private Baseline() {}

  /** Writes the active findings of a scan. */
  public static void write(List<ReportedFinding> findings, Path file) {
    ObjectNode root = JsonReporter.MAPPER.createObjectNode();
    root.put("schemaVersion", SCHEMA_VERSION);
    root.put("tool", "kubeward");
    ArrayNode entries = root.putArray("findings");
    Set<String> seen = new LinkedHashSet<>();
    for (ReportedFinding rf : findings) {
      Finding f = rf.finding();
      if (!rf.active() || !seen.add(f.fingerprint())) {
        continue;
      }
      ObjectNode e = entries.addObject();
      e.put("ruleId", f.rule().id());
      e.set("resource", JsonReporter.resource(f.resource()));
      f.container().ifPresent(c -> e.put("container", c));
      e.put("path", f.path());
      e.put("fingerprint", f.fingerprint());
    }
    try {
      if (file.toAbsolutePath().getParent() != null) {
        Files.createDirectories(file.toAbsolutePath().getParent());
      }
      Files.writeString(file, JsonReporter.MAPPER.writeValueAsString(root) + "\n", StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new KubewardException("cannot write the baseline " + file + ": " + e.getMessage());
    }
  }

  /** The fingerprints of a baseline file. */
  public static Set<String> read(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new KubewardException(file + ": no such baseline file; create one with --write-baseline " + file);
    } catch (IOException e) {
      throw new KubewardException(file + ": cannot read the baseline: " + e.getMessage());
    }
    JsonNode root;
    try {
      root = JsonReporter.MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      var loc = e.getLocation();
      throw new KubewardException(List.of(dev.kubeward.core.source.InputProblem.error(file.toString(),
          loc == null ? 0 : loc.getLineNr(), loc == null ? 0 : loc.getColumnNr(),
          "not a baseline file (invalid JSON: " + e.getOriginalMessage() + "); regenerate it with --write-baseline")));
    }
    JsonNode entries = root.path("findings");
    if (!root.isObject() || !entries.isArray()) {
      throw new KubewardException(file + ": not a kubeward baseline (no \"findings\" list); regenerate it with --write-baseline");
    }
    Set<String> out = new LinkedHashSet<>();
    for (JsonNode e : entries) {
      String fp = e.path("fingerprint").asText("");
      if (!fp.isEmpty()) {
        out.add(fp);
      }
    }
    return out;
  }
}
