package dev.kubeward.bench;

import dev.kubeward.bench.ManifestGenerator.GeneratedFile;
import dev.kubeward.core.source.SourceFile;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Generated manifests held in memory, for benchmarks that leave the disk out. */
record Corpus(List<GeneratedFile> files, List<SourceFile> sources, long bytes) {

  static Corpus generate(int resources) {
    List<GeneratedFile> files = new ManifestGenerator(ManifestGenerator.DEFAULT_SEED, ManifestGenerator.DEFAULT_PER_FILE)
        .files(resources);
    List<SourceFile> sources = files.stream().map(f -> new SourceFile(f.path(), Optional.of(Path.of(f.path())))).toList();
    long bytes = files.stream().mapToLong(f -> f.text().length()).sum();
    return new Corpus(files, sources, bytes);
  }
}
