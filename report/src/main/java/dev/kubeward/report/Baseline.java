package dev.kubeward.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kubeward.core.KubewardException;
import dev.kubeward.core.finding.Finding;
import dev.kubeward.core.finding.ReportedFinding;
import dev.kubeward.core.finding.Suppression;
import dev.kubeward.core.source.InputProblem;
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

  /**
   * Writes the findings a new baseline accepts: the active ones, and those an earlier baseline
   * already accepted (so rewriting a baseline while reading it keeps its entries). Findings
   * exempted by an annotation or a configured exception stay out: those have their own reason.
   *
   * @return how many entries were written
   */
  public static int write(List<ReportedFinding> findings, Path file) {
    ObjectNode root = JsonReporter.MAPPER.createObjectNode();
    root.put("schemaVersion", SCHEMA_VERSION);
    root.put("tool", "kubeward");
    ArrayNode entries = root.putArray("findings");
    Set<String> seen = new LinkedHashSet<>();
    for (ReportedFinding rf : findings) {
      Finding f = rf.finding();
      boolean accepted = rf.active() || rf.suppression().map(s -> s.kind() == Suppression.Kind.BASELINE).orElse(false);
      if (!accepted || !seen.add(f.fingerprint())) {
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
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(file, JsonReporter.MAPPER.writeValueAsString(root) + "\n", StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new KubewardException(List.of(InputProblem.error(file.toString(), "cannot write the baseline: " + e.getMessage())));
    }
    return seen.size();
  }

  /** The fingerprints of a baseline file. */
  public static Set<String> read(Path file) {
    String name = file.toString();
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw error(name, 0, 0, "no such baseline file; create one with --write-baseline " + file);
    } catch (IOException e) {
      throw error(name, 0, 0, "cannot read the baseline: " + e.getMessage());
    }
    JsonNode root;
    try {
      root = JsonReporter.MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      var loc = e.getLocation();
      throw error(name, loc == null ? 0 : loc.getLineNr(), loc == null ? 0 : loc.getColumnNr(),
          "not a baseline file: invalid JSON; regenerate it with --write-baseline");
    }
    if (root == null || !root.isObject() || !root.path("findings").isArray()) {
      throw error(name, 0, 0, "not a kubeward baseline (no \"findings\" list); regenerate it with --write-baseline");
    }
    String version = root.path("schemaVersion").asText("");
    if (!version.startsWith("1.")) {
      throw error(name, 0, 0, "baseline schemaVersion \"" + version + "\" is not one this kubeward reads ("
          + SCHEMA_VERSION + "); regenerate it with --write-baseline");
    }
    Set<String> out = new LinkedHashSet<>();
    for (JsonNode e : root.path("findings")) {
      String fp = e.path("fingerprint").asText("");
      if (!fp.isEmpty()) {
        out.add(fp);
      }
    }
    return out;
  }

  private static KubewardException error(String file, int line, int column, String message) {
    return new KubewardException(List.of(InputProblem.error(file, line, column, message)));
  }
}
