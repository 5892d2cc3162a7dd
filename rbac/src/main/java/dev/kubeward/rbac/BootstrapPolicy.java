package dev.kubeward.rbac;

import dev.kubeward.core.model.ManifestReader;
import dev.kubeward.core.model.Resource;
import dev.kubeward.core.source.SourceFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The default ClusterRoles and ClusterRoleBindings a Kubernetes API server creates
 * ({@code --with-defaults}), bundled from upstream's bootstrap policy (see
 * {@code defaults/NOTICE.md}). Their files are named {@code <defaults>/...} in reports.
 */
public final class BootstrapPolicy {

  public static final String FILE_PREFIX = "<defaults>/";
  static final List<String> FILES = List.of("cluster-roles.yaml", "cluster-role-bindings.yaml");

  private BootstrapPolicy() {}

  /** Parsed once: the bundled text never changes, and parsed resources are immutable. */
  private static final class Parsed {
    static final List<Resource> ALL = parse();
  }

  /** The default objects, parsed (the same list every time). */
  public static List<Resource> resources() {
    return Parsed.ALL;
  }

  private static List<Resource> parse() {
    List<Resource> out = new ArrayList<>();
    ManifestReader reader = new ManifestReader();
    for (String name : FILES) {
      SourceFile file = new SourceFile(FILE_PREFIX + name, Optional.empty());
      ManifestReader.FileResult read = reader.parse(file, text(name));
      if (!read.problems().isEmpty()) {
        throw new IllegalStateException("bundled " + name + ": " + read.problems().get(0).describe());
      }
      out.addAll(read.resources());
    }
    return List.copyOf(out);
  }

  private static String text(String name) {
    try (InputStream in = BootstrapPolicy.class.getResourceAsStream("defaults/" + name)) {
      if (in == null) {
        throw new IllegalStateException("bundled defaults/" + name + " is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
