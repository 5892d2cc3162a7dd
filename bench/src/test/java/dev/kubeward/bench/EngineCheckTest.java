package dev.kubeward.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kubeward.core.check.Catalog;
import dev.kubeward.core.engine.Engine;
import dev.kubeward.core.engine.Progress;
import dev.kubeward.core.engine.ScanResult;
import dev.kubeward.core.model.ManifestReader;
import dev.kubeward.core.model.Resource;
import dev.kubeward.core.source.SourceFile;
import dev.kubeward.core.source.SourceWalker;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmarks' entry point for parsed resources finds what a scan of the same files finds. */
class EngineCheckTest {

  @Test
  void checkingParsedResourcesFindsWhatScanningTheirFilesFinds(@TempDir Path dir) throws IOException {
    new ManifestGenerator(3, 4).write(dir, 200);
    List<SourceFile> files = new SourceWalker(dir, name -> false).walk(List.of(dir.toString())).files();
    Engine engine = new Engine(Catalog.load(), Engine.Options.defaults());
    ScanResult scanned = engine.scan(files, Progress.NONE);

    List<Resource> resources = new ArrayList<>();
    for (SourceFile f : files) {
      resources.addAll(new ManifestReader().read(f).resources());
    }
    ScanResult checked = engine.check(resources);

    assertThat(checked.resources()).isEqualTo(scanned.resources()).isEqualTo(200);
    assertThat(checked.files()).isEqualTo(scanned.files());
    assertThat(checked.findings()).containsExactlyInAnyOrderElementsOf(scanned.findings());
    assertThat(checked.problems()).isEqualTo(scanned.problems());
    assertThat(checked.rules()).isEqualTo(scanned.rules());
  }
}
