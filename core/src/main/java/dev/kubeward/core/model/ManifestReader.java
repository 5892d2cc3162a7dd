package dev.kubeward.core.model;

import dev.kubeward.core.source.InputProblem;
import dev.kubeward.core.source.SourceFile;
import dev.kubeward.core.source.SourceText;
import dev.kubeward.core.yaml.MapNode;
import dev.kubeward.core.yaml.Node;
import dev.kubeward.core.yaml.ScalarNode;
import dev.kubeward.core.yaml.YamlDocument;
import dev.kubeward.core.yaml.YamlLoader;
import dev.kubeward.core.yaml.YamlProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads a file into resources: every document of a multi-document stream, {@code kind: List}
 * and every {@code *List} kind unpacked into its items. Documents without apiVersion or kind are
 * skipped and counted; empty documents are ignored.
 *
 * <p>Helm values files ({@code values*.yaml}) are not manifests, yet they hold what ends up in
 * them, passwords included. A reader made with {@link #ManifestReader(boolean) helm values on}
 * still counts their documents as skipped, and also hands each one that is a mapping to the sink
 * as a pseudo-resource of kind {@link #HELM_VALUES} (empty apiVersion, named after the file), which
 * only checks naming that kind read.
 */
public final class ManifestReader {

  /** The kind of a Helm values document handed to the checks; its apiVersion is empty. */
  public static final String HELM_VALUES = "HelmValues";

  /** A document that is not a Kubernetes object, and why. */
  public record Skipped(String file, int line, String reason) {}

  /** What one file gave. */
  public record FileResult(
      SourceFile file, List<Resource> resources, List<InputProblem> problems, List<Skipped> skipped) {}

  private static final List<String> STRING_MAPS = List.of("labels", "annotations");

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
  private final boolean helmValues;

  /** A reader of Kubernetes objects only. */
  public ManifestReader() {
    this(false);
  }

  /** @param helmValues whether documents of Helm values files also reach the sink, as {@link #HELM_VALUES} */
  public ManifestReader(boolean helmValues) {
    this.helmValues = helmValues;
  }

  /**
   * Whether a file is a Helm values file by its name: YAML named with the word "values"
   * ({@code values.yaml}, {@code values-prod.yml}, {@code values.dev.yaml}, {@code prod-values.yaml}).
   */
  public static boolean isHelmValuesFile(String fileName) {
    String base = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1)
        .toLowerCase(java.util.Locale.ROOT);
    return VALUES_FILE.matcher(base).matches();
  }

  private static final java.util.regex.Pattern VALUES_FILE =
      java.util.regex.Pattern.compile("(?:.*[-_.])?values(?:[-_.].*)?\\.ya?ml");

  /** Whether a resource is a Helm values document rather than a Kubernetes object. */
  public static boolean isHelmValues(Resource r) {
    return r.apiVersion().isEmpty() && r.kind().equals(HELM_VALUES);
  }

  public FileResult read(SourceFile file) {
    List<Resource> resources = new ArrayList<>();
    FileResult result = read(file, resources::add);
    return new FileResult(file, List.copyOf(resources), result.problems(), result.skipped());
  }

  /**
   * Reads {@code file}, handing each resource to {@code sink} as soon as its document is read,
   * so that a large file's trees need not all be held at once. The result lists no resources.
   */
  public FileResult read(SourceFile file, Consumer<Resource> sink) {
    return switch (SourceText.read(file)) {
      case SourceText.Unreadable u -> new FileResult(file, List.of(), List.of(u.problem()), List.of());
      case SourceText.Text t -> parse(file, t.text(), sink);
    };
  }

  public FileResult parse(SourceFile file, String text) {
    List<Resource> resources = new ArrayList<>();
    FileResult result = parse(file, text, resources::add);
    return new FileResult(file, List.copyOf(resources), result.problems(), result.skipped());
  }

  /** Like {@link #read(SourceFile, Consumer)} for text already in memory. */
  public FileResult parse(SourceFile file, String text, Consumer<Resource> sink) {
    if (isJsonLines(file.name())) {
      return parseJsonLines(file, text, sink);
    }
    List<InputProblem> problems = new ArrayList<>();
    List<Skipped> skipped = new ArrayList<>();
    boolean[] failed = {false};
    loader.load(text, file.name(), doc -> {
      failed[0] |= doc.hasFatalProblem();
      for (YamlProblem p : doc.problems()) {
        problems.add(new InputProblem(file.name(), p.line(), p.column(), p.message(), true));
      }
      if (!doc.hasFatalProblem() && doc.root().isPresent()) {
        Field root = Field.root(doc.root().get());
        new Document(file, doc.index(), sink, problems, skipped, helmValues && isHelmValuesFile(file.name()))
            .addObject(root, true);
      }
    });
    if (failed[0]) {
      // Unparsable because it is a template? Say so rather than quote the parser.
      SourceText.helmDirective(file.name(), text).ifPresentOrElse(helm -> {
        problems.clear();
        problems.add(helm);
      }, () -> problems.replaceAll(p -> p.message().startsWith("invalid YAML")
          ? new InputProblem(p.file(), p.line(), p.column(),
              p.message() + " (if this file is not a Kubernetes manifest, list it under exclude in .kubeward.yaml)", true)
          : p));
    }
    return new FileResult(file, List.of(), List.copyOf(problems), List.copyOf(skipped));
  }

  /** A JSON Lines file ({@code *.jsonl}): one JSON value a line, such as an ABAC policy file. */
  public static boolean isJsonLines(String fileName) {
    return fileName.toLowerCase(java.util.Locale.ROOT).endsWith(".jsonl");
  }

  /**
   * Reads a JSON Lines file: each line that is not blank is a document of its own, at its line
   * of the file; a line starting with {@code #} is a comment (ABAC policy files allow them). A bad
   * line is reported and the others are still read.
   */
  private FileResult parseJsonLines(SourceFile file, String text, Consumer<Resource> sink) {
    List<InputProblem> problems = new ArrayList<>();
    List<Skipped> skipped = new ArrayList<>();
    int lineNo = 0;
    int index = 0;
    for (String line : text.split("\r?\n", -1)) {
      lineNo++;
      String t = line.strip();
      if (t.isEmpty() || t.startsWith("#")) {
        continue;
      }
      int docIndex = ++index;
      loader.load(line, file.name(), lineNo, doc -> {
        for (YamlProblem p : doc.problems()) {
          problems.add(new InputProblem(file.name(), p.line(), p.column(),
              p.message() + " (a .jsonl file holds one JSON object a line)", true));
        }
        if (!doc.hasFatalProblem() && doc.root().isPresent()) {
          new Document(file, docIndex, sink, problems, skipped, false).addObject(Field.root(doc.root().get()), true);
        }
      });
    }
    return new FileResult(file, List.of(), List.copyOf(problems), List.copyOf(skipped));
  }

  /** One document being turned into resources, and where they and its problems go. */
  private record Document(
      SourceFile file,
      int index,
      Consumer<Resource> sink,
      List<InputProblem> problems,
      List<Skipped> skipped,
      boolean helmValues) {

    void addObject(Field root, boolean topLevel) {
      if (!root.isMap()) {
        skipped.add(new Skipped(file.name(), root.line(), "document is " + root.shape() + ", not an object"));
        return;
      }
      Optional<String> apiVersion = identity(root, "apiVersion");
      Optional<String> kind = identity(root, "kind");
      if (apiVersion.isEmpty() || kind.isEmpty()) {
        String missing = apiVersion.isEmpty() && kind.isEmpty() ? "apiVersion and kind"
            : apiVersion.isEmpty() ? "apiVersion" : "kind";
        skipped.add(new Skipped(file.name(), root.line(), "no " + missing + ": not a Kubernetes object"));
        if (helmValues && topLevel) {
          String name = index == 1 ? file.name() : file.name() + "#" + index;
          sink.accept(new Resource(file, index, new ResourceRef("", HELM_VALUES, Optional.empty(), name), root));
        }
        return;
      }
      if (topLevel && kind.get().endsWith("List")) {
        Optional<Field> items = root.get("items");
        if (items.isPresent() && items.get().isSeq()) {
          for (Field item : items.get().items()) {
            addObject(rebase(item), false);
          }
          return;
        }
        if (items.isPresent()) {
          error(items.get(), kind.get() + ".items must be a list, found " + items.get().shape());
          return;
        }
      }
      Optional<Field> metadata = root.get("metadata");
      if (metadata.isPresent() && !metadata.get().isMap()) {
        error(metadata.get(), "metadata must be a mapping, found " + metadata.get().shape());
        return;
      }
      for (String key : STRING_MAPS) {
        metadata.flatMap(m -> m.get(key)).filter(f -> !f.isMap()).ifPresent(
            f -> error(f, "metadata." + key + " must be a mapping of strings, found " + f.shape()));
      }
      Optional<String> namespace = root.at("metadata", "namespace").flatMap(Field::text);
      String name =
          root.at("metadata", "name")
              .flatMap(Field::text)
              .or(() -> root.at("metadata", "generateName").flatMap(Field::text).map(g -> g + "*"))
              .orElse("<unnamed>");
      ResourceRef ref = new ResourceRef(apiVersion.get(), kind.get(), namespace, name);
      sink.accept(new Resource(file, index, ref, root));
    }

    /** apiVersion or kind: a string, else absent (and an error when it is there but not a string). */
    private Optional<String> identity(Field root, String key) {
      Optional<Field> f = root.get(key);
      if (f.isPresent() && !(f.get().node() instanceof ScalarNode)) {
        error(f.get(), key + " must be a string, found " + f.get().shape());
      }
      return f.flatMap(Field::text);
    }

    private void error(Field at, String message) {
      problems.add(InputProblem.error(file.name(), at.line(), at.column(), message));
    }
  }

  /** A List item is a resource of its own: its paths start at the item. */
  private static Field rebase(Field item) {
    Node node = item.node();
    return node instanceof MapNode ? Field.root(node) : item;
  }
}
