package dev.kubeward.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kubeward.core.check.Catalog;
import dev.kubeward.core.config.Config;
import dev.kubeward.core.engine.Engine;
import dev.kubeward.core.engine.ScanResult;
import dev.kubeward.core.model.ManifestReader;
import dev.kubeward.core.model.Resource;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Checking parsed resources on several threads gives what one thread gives, in the same order. */
class EngineCheckThreadsTest {

  @Test
  void severalThreadsFindTheSameFindingsAndProblemsInTheSameOrderAsOne() {
    Corpus corpus = Corpus.generate(1_500);
    ManifestReader reader = new ManifestReader();
    List<Resource> resources = new ArrayList<>();
    for (int i = 0; i < corpus.files().size(); i++) {
      resources.addAll(reader.parse(corpus.sources().get(i), corpus.files().get(i).text()).resources());
    }
    Catalog catalog = Catalog.load();
    ScanResult one = engine(catalog, 1).check(resources);
    ScanResult four = engine(catalog, 4).check(resources);

    assertThat(one.findings()).hasSizeGreaterThan(1_000);
    assertThat(four.findings()).isEqualTo(one.findings());
    assertThat(four.problems()).isEqualTo(one.problems());
    assertThat(four.resources()).isEqualTo(one.resources()).isEqualTo(1_500);
    assertThat(four.files()).isEqualTo(one.files());
    assertThat(four.exceptions()).isEqualTo(one.exceptions());
  }

  private static Engine engine(Catalog catalog, int threads) {
    return new Engine(catalog, new Engine.Options(Config.EMPTY, true, Set.of(), LocalDate.of(2026, 1, 1), threads));
  }
}
