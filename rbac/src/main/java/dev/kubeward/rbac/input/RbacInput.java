package dev.kubeward.rbac.input;

import dev.kubeward.core.model.ManifestReader;
import dev.kubeward.core.source.InputProblem;
import dev.kubeward.core.source.SourceFile;
import dev.kubeward.core.source.SourceText;
import dev.kubeward.rbac.BootstrapPolicy;
import dev.kubeward.rbac.RbacModel;
import dev.kubeward.rbac.RbacModelBuilder;
import dev.kubeward.rbac.abac.AbacPolicyFile;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * What the {@code kubeward rbac} commands read: manifests (any kinds; the RBAC objects, service
 * accounts, token Secrets, workloads, Namespaces and CustomResourceDefinitions are used), the
 * defaults when asked, and ABAC policy files, into one model and the problems met on the way.
 * One bad file does not stop the others.
 */
public record RbacInput(RbacModel model, List<InputProblem> problems, int files) {

  /** Whether an error (not a warning) was met: the commands then exit with 2. */
  public boolean hasErrors() {
    return problems.stream().anyMatch(InputProblem::error);
  }

  /**
   * Parses the files on up to {@code threads} threads, a few files ahead of the consumer, and
   * hands each file's result to {@code consumer} in file order on the calling thread (the model
   * keeps the last definition of an object, so order matters).
   */
  static void readAll(List<SourceFile> files, int threads, java.util.function.Consumer<ManifestReader.FileResult> consumer) {
    int n = Math.max(1, Math.min(threads, files.size()));
    if (n == 1) {
      ManifestReader reader = new ManifestReader();
      files.forEach(f -> consumer.accept(reader.read(f)));
      return;
    }
    ThreadLocal<ManifestReader> readers = ThreadLocal.withInitial(ManifestReader::new);
    ExecutorService pool = Executors.newFixedThreadPool(n, r -> {
      Thread t = new Thread(r, "kubeward-rbac-read");
      t.setDaemon(true);
      return t;
    });
    try {
      ArrayDeque<Future<ManifestReader.FileResult>> ahead = new ArrayDeque<>();
      int next = 0;
      while (next < files.size() || !ahead.isEmpty()) {
        while (next < files.size() && ahead.size() < 2 * n) {
          SourceFile f = files.get(next++);
          ahead.add(pool.submit(() -> readers.get().read(f)));
        }
        consumer.accept(ahead.poll().get());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading the input", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * @param problems problems met before reading (the walk's), reported first
   */
  public static RbacInput read(List<SourceFile> files, boolean withDefaults, List<SourceFile> abacFiles,
      List<InputProblem> problems) {
    RbacModelBuilder builder = RbacModel.builder();
    if (withDefaults) {
      builder.addAll(BootstrapPolicy.resources());
    }
    List<InputProblem> found = new ArrayList<>();
    readAll(files, Runtime.getRuntime().availableProcessors(), r -> {
      r.resources().forEach(builder::add);
      found.addAll(r.problems());
    });
    for (SourceFile f : abacFiles) {
      switch (SourceText.read(f)) {
        case SourceText.Unreadable u -> found.add(u.problem());
        case SourceText.Text t -> {
          AbacPolicyFile.Read read = AbacPolicyFile.parse(f.name(), t.text());
          builder.addAbac(read.policies());
          found.addAll(read.problems());
        }
      }
    }
    RbacModel model = builder.build();
    found.addAll(model.problems());
    // The model's problems come after the files'; report them all in file and line order.
    found.sort(Comparator.comparing(InputProblem::file).thenComparingInt(InputProblem::line)
        .thenComparingInt(InputProblem::column));
    List<InputProblem> all = new ArrayList<>(problems);
    all.addAll(found);
    return new RbacInput(model, List.copyOf(all), files.size());
  }
}
