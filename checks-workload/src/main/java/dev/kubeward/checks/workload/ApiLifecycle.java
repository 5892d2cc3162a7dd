package dev.kubeward.checks.workload;

import dev.kubeward.core.check.Findings;
import dev.kubeward.core.model.Resource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What Kubernetes did to built-in API versions, per kind: the table of {@code api-lifecycle.tsv},
 * read once into an immutable map so the two API version checks are a map lookup per resource.
 */
final class ApiLifecycle {

  enum Status {
    REMOVED("is no longer served since"),
    DEPRECATED("is deprecated since");

    private final String verb;

    Status(String verb) {
      this.verb = verb;
    }
  }

  /** An API version of a kind that Kubernetes removed or deprecated in {@code release}. */
  record Entry(String apiVersion, String kind, Status status, String release, String replacement) {}

  private static final Map<String, Entry> TABLE = load("api-lifecycle.tsv");

  /**
   * The table by kind, then API version: both API version checks look every resource up, and two
   * lookups of the texts the resource has cost less than joining them into a key.
   */
  private static final Map<String, Map<String, Entry>> BY_KIND = byKind(TABLE);

  private ApiLifecycle() {}

  /** The resource's API version's fate, if Kubernetes removed or deprecated it. */
  static Optional<Entry> of(Resource resource) {
    return lookup(resource.apiVersion(), resource.kind());
  }

  static Optional<Entry> lookup(String apiVersion, String kind) {
    Map<String, Entry> versions = BY_KIND.get(kind);
    return versions == null ? Optional.empty() : Optional.ofNullable(versions.get(apiVersion));
  }

  private static Map<String, Map<String, Entry>> byKind(Map<String, Entry> table) {
    Map<String, Map<String, Entry>> out = new HashMap<>();
    table.values().forEach(e -> out.computeIfAbsent(e.kind(), k -> new HashMap<>()).put(e.apiVersion(), e));
    out.replaceAll((kind, versions) -> Map.copyOf(versions));
    return Map.copyOf(out);
  }

  /** Reports the resource at its apiVersion if its API version has the given status. */
  static void report(Resource resource, Findings findings, Status status) {
    Entry e = of(resource).orElse(null);
    if (e != null && e.status() == status) {
      findings.at(resource.root().get("apiVersion").orElse(resource.root()))
          .report("%s %s %s Kubernetes v%s: use %s", e.apiVersion(), e.kind(), status.verb, e.release(), e.replacement());
    }
  }

  static Map<String, Entry> table() {
    return TABLE;
  }

  private static String key(String apiVersion, String kind) {
    return apiVersion + " " + kind;
  }

  static Map<String, Entry> load(String resource) {
    try (InputStream in = ApiLifecycle.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      Map<String, Entry> table = new HashMap<>();
      int n = 0;
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] c = line.split("\t");
        if (c.length != 5) {
          throw new IllegalStateException(resource + ":" + n + ": expected 5 tab-separated columns, found " + c.length);
        }
        Entry e = new Entry(c[0], c[1], Status.valueOf(c[2].toUpperCase(Locale.ROOT)), c[3], c[4].strip());
        if (table.put(key(e.apiVersion(), e.kind()), e) != null) {
          throw new IllegalStateException(resource + ":" + n + ": " + e.apiVersion() + " " + e.kind() + " listed twice");
        }
      }
      return Map.copyOf(table);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
