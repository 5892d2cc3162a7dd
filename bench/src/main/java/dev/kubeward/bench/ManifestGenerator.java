package dev.kubeward.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Generates realistic synthetic Kubernetes manifests for benchmarks: a mix of workloads (some
 * restricted, most at the defaults, some risky), services, ingresses, configuration, secrets, RBAC
 * and network policies, each 2 to 10 KB, several to a multi-document file, the way repositories of
 * Helm output or kustomize builds look. The output depends only on the seed and the number of
 * resources per file: resource {@code i} is the same however many are generated.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar dev.kubeward.bench.ManifestGenerator --count 10000 --out DIR [--seed 42] [--per-file 5]
 * </pre>
 */
public final class ManifestGenerator {

  public static final long DEFAULT_SEED = 42;
  public static final int DEFAULT_PER_FILE = 5;

  /** Written in a generated folder; says what it holds, so a second run with the same options does nothing. */
  static final String MARKER = ".kubeward-bench";

  /** One generated file: its path relative to the output folder, its text and how many resources it holds. */
  public record GeneratedFile(String path, String text, int resources) {}

  /** What {@link #write} produced. */
  public record Summary(Path dir, int resources, int files, long bytes, boolean reused) {
    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%s %,d resources in %,d file%s (%.1f MB) in %s",
          reused ? "kept" : "wrote", resources, files, files == 1 ? "" : "s", bytes / 1e6, dir);
    }
  }

  private final long seed;
  private final int perFile;

  public ManifestGenerator(long seed, int perFile) {
    if (perFile < 1) {
      throw new IllegalArgumentException("resources per file must be at least 1");
    }
    this.seed = seed;
    this.perFile = perFile;
  }

  public int fileCount(int resources) {
    return (resources + perFile - 1) / perFile;
  }

  /** File number {@code index} of a set of {@code resources} resources. */
  public GeneratedFile file(int index, int resources) {
    Rand fileRand = new Rand(Rand.mix(seed, -1 - index));
    String namespace = fileRand.pick(Words.NAMESPACES);
    String app = fileRand.pick(Words.APPS) + "-" + Integer.toString(index, 36);
    boolean helm = fileRand.chance(0.5);
    boolean list = fileRand.chance(0.05);
    int first = index * perFile;
    int count = Math.min(perFile, resources - first);
    StringBuilder text = new StringBuilder(count * 5000);
    if (list) {
      text.append("apiVersion: v1\nkind: List\nmetadata:\n  resourceVersion: \"\"\nitems:\n");
    }
    for (int i = first; i < first + count; i++) {
      Rand rand = new Rand(Rand.mix(seed, i));
      ResourceWriter writer = new ResourceWriter(rand, namespace, app);
      ResourceWriter.Kind kind = writer.pickKind();
      String doc = writer.write(kind);
      if (list) {
        text.append("- ").append(doc.replace("\n", "\n  "), 0, doc.length() + 2 * countLines(doc) - 2);
      } else {
        text.append("---\n");
        if (helm) {
          text.append("# Source: ").append(app).append("/templates/")
              .append(kind.name().toLowerCase(Locale.ROOT).replace('_', '-')).append(".yaml\n");
        }
        text.append(doc);
      }
    }
    return new GeneratedFile(namespace + "/" + String.format(Locale.ROOT, "%06d", index) + "-" + app + ".yaml",
        text.toString(), count);
  }

  private static int countLines(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == '\n') {
        n++;
      }
    }
    return n;
  }

  /** Every file of a set of {@code resources} resources, in memory. */
  public List<GeneratedFile> files(int resources) {
    return IntStream.range(0, fileCount(resources)).parallel().mapToObj(i -> file(i, resources)).toList();
  }

  /**
   * Writes a set of {@code resources} resources under {@code dir}. A folder generated before with the
   * same options is kept as it is; one generated with other options is replaced; any other
   * non-empty folder is refused, so that nothing but generated files is ever deleted.
   */
  public Summary write(Path dir, int resources) throws IOException {
    String identity = "resources=" + resources + " seed=" + seed + " perFile=" + perFile + "\n";
    Path marker = dir.resolve(MARKER);
    if (Files.isRegularFile(marker)) {
      if (Files.readString(marker).equals(identity)) {
        return summarize(dir, resources, true);
      }
      deleteGenerated(dir);
    } else if (Files.isDirectory(dir)) {
      try (Stream<Path> entries = Files.list(dir)) {
        if (entries.findAny().isPresent()) {
          throw new IOException(dir + " is not empty and was not made by the generator; choose an empty or new folder");
        }
      }
    }
    Files.createDirectories(dir);
    IntStream.range(0, fileCount(resources)).parallel().forEach(i -> {
      GeneratedFile f = file(i, resources);
      Path file = dir.resolve(f.path());
      try {
        Files.createDirectories(file.getParent());
        Files.writeString(file, f.text(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    Files.writeString(marker, identity);
    return summarize(dir, resources, false);
  }

  private Summary summarize(Path dir, int resources, boolean reused) throws IOException {
    AtomicLong bytes = new AtomicLong();
    int files;
    try (Stream<Path> all = Files.walk(dir)) {
      files = (int) all.filter(p -> p.toString().endsWith(".yaml")).peek(p -> bytes.addAndGet(p.toFile().length())).count();
    }
    return new Summary(dir, resources, files, bytes.get(), reused);
  }

  private static void deleteGenerated(Path dir) throws IOException {
    for (String ns : Words.NAMESPACES) {
      Path sub = dir.resolve(ns);
      if (Files.isDirectory(sub)) {
        try (Stream<Path> all = Files.walk(sub)) {
          for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
            Files.delete(p);
          }
        }
      }
    }
    Files.deleteIfExists(dir.resolve(MARKER));
  }

  public static void main(String[] args) throws IOException {
    int count = -1;
    Path out = null;
    long seed = DEFAULT_SEED;
    int perFile = DEFAULT_PER_FILE;
    List<String> positional = new ArrayList<>();
    try {
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--count" -> count = Integer.parseInt(args[++i]);
          case "--out" -> out = Path.of(args[++i]);
          case "--seed" -> seed = Long.parseLong(args[++i]);
          case "--per-file" -> perFile = Integer.parseInt(args[++i]);
          case "-h", "--help" -> {
            usage();
            return;
          }
          default -> positional.add(args[i]);
        }
      }
      if (!positional.isEmpty() && count < 0) {
        count = Integer.parseInt(positional.removeFirst());
      }
      if (!positional.isEmpty() && out == null) {
        out = Path.of(positional.removeFirst());
      }
    } catch (RuntimeException e) {
      count = -1;
    }
    if (count < 1 || out == null || !positional.isEmpty()) {
      usage();
      System.exit(2);
    }
    System.out.println(new ManifestGenerator(seed, perFile).write(out, count));
  }

  private static void usage() {
    System.err.println("usage: ManifestGenerator [--count] N [--out] DIR [--seed S (default " + DEFAULT_SEED
        + ")] [--per-file K (default " + DEFAULT_PER_FILE + ")]");
  }
}
