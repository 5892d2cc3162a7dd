package dev.kubeward.core.model;

import dev.kubeward.core.source.InputProblem;
import dev.kubeward.core.source.SourceFile;
import dev.kubeward.core.source.SourceText;
import dev.kubeward.core.yaml.MapNode;
import dev.kubeward.core.yaml.Node;
import dev.kubeward.core.yaml.YamlDocument;
import dev.kubeward.core.yaml.YamlLoader;
import dev.kubeward.core.yaml.YamlProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a file into resources: every document of a multi-document stream, {@code kind: List}
 * and every {@code *List} kind unpacked into its items. Documents without apiVersion or kind are
 * skipped and counted; empty documents are ignored.
 */
public final class ManifestReader {

  /** A document that is not a Kubernetes object, and why. */
  public record Skipped(String file, int line, String reason) {}

  /** What one file gave. */
  public record FileResult(
      SourceFile file, List<Resource> resources, List<InputProblem> problems, List<Skipped> skipped) {}

  private static final String LAST_APPLIED = "kubectl.kubernetes.io/last-applied-configuration";

  /** Drops what no check reads, wherever an object's root is (top level or a List's items). */
  private static final YamlLoader.Pruner PRUNER =
      (parents, key) -> {
        int n = parents.size();
        boolean objectRoot = n == 0 || (n == 1 && parents.get(0).equals("items"));
        if (objectRoot) {
          return key.equals("status");
        }
        String last = parents.get(n - 1);
        if (last.equals("metadata") && (n == 1 || n == 2)) {
          return key.equals("managedFields");
        }
        if (last.equals("annotations") && (n == 2 || n == 3) && parents.get(n - 2).equals("metadata")) {
          return key.equals(LAST_APPLIED);
        }
        return false;
      };

  private final YamlLoader loader = new YamlLoader(PRUNER);

  public FileResult read(SourceFile file) {
    return switch (SourceText.read(file)) {
      case SourceText.Unreadable u -> new FileResult(file, List.of(), List.of(u.problem()), List.of());
      case SourceText.Text t -> parse(file, t.text());
    };
  }

  public FileResult parse(SourceFile file, String text) {
    List<Resource> resources = new ArrayList<>();
    List<InputProblem> problems = new ArrayList<>();
    List<Skipped> skipped = new ArrayList<>();
    for (YamlDocument doc : loader.load(text, file.name())) {
      for (YamlProblem p : doc.problems()) {
        problems.add(new InputProblem(file.name(), p.line(), p.column(), p.message(), true));
      }
      if (doc.hasFatalProblem() || doc.root().isEmpty()) {
        continue;
      }
      Field root = Field.root(doc.root().get());
      addObject(file, doc.index(), root, resources, problems, skipped, true);
    }
    return new FileResult(file, resources, problems, skipped);
  }

  private void addObject(
      SourceFile file,
      int document,
      Field root,
      List<Resource> resources,
      List<InputProblem> problems,
      List<Skipped> skipped,
      boolean topLevel) {
    if (!root.isMap()) {
      skipped.add(
          new Skipped(file.name(), root.line(), "document is " + root.shape() + ", not an object"));
      return;
    }
    Optional<String> apiVersion = root.get("apiVersion").flatMap(Field::text);
    Optional<String> kind = root.get("kind").flatMap(Field::text);
    if (apiVersion.isEmpty() || kind.isEmpty()) {
      String missing = apiVersion.isEmpty() && kind.isEmpty() ? "apiVersion and kind"
          : apiVersion.isEmpty() ? "apiVersion" : "kind";
      skipped.add(new Skipped(file.name(), root.line(), "no " + missing + ": not a Kubernetes object"));
      return;
    }
    if (topLevel && kind.get().endsWith("List")) {
      Optional<Field> items = root.get("items");
      if (items.isPresent() && items.get().isSeq()) {
        for (Field item : items.get().items()) {
          addObject(file, document, rebase(item), resources, problems, skipped, false);
        }
        return;
      }
      if (items.isPresent()) {
        problems.add(
            InputProblem.error(
                file.name(),
                items.get().line(),
                items.get().column(),
                kind.get() + ".items must be a list, found " + items.get().shape()));
        return;
      }
    }
    Optional<Field> metadata = root.get("metadata");
    if (metadata.isPresent() && !metadata.get().isMap()) {
      problems.add(
          InputProblem.error(
              file.name(),
              metadata.get().line(),
              metadata.get().column(),
              "metadata must be a mapping, found " + metadata.get().shape()));
      return;
    }
    Optional<String> namespace = root.at("metadata", "namespace").flatMap(Field::text);
    String name =
        root.at("metadata", "name")
            .flatMap(Field::text)
            .or(() -> root.at("metadata", "generateName").flatMap(Field::text).map(g -> g + "*"))
            .orElse("<unnamed>");
    ResourceRef ref = new ResourceRef(apiVersion.get(), kind.get(), namespace, name);
    resources.add(new Resource(file, document, ref, root));
  }

  /** A List item is a resource of its own: its paths start at the item. */
  private static Field rebase(Field item) {
    Node node = item.node();
    return node instanceof MapNode ? Field.root(node) : item;
  }
}
