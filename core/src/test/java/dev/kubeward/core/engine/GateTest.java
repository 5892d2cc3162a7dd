package dev.kubeward.core.engine;

import static dev.kubeward.core.testing.Manifests.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kubeward.core.check.Catalog;
import dev.kubeward.core.check.Category;
import dev.kubeward.core.check.CheckInfo;
import dev.kubeward.core.check.Findings;
import dev.kubeward.core.check.ResourceCheck;
import dev.kubeward.core.check.Rule;
import dev.kubeward.core.check.Severity;
import dev.kubeward.core.config.Config;
import dev.kubeward.core.model.Field;
import dev.kubeward.core.model.Resource;
import dev.kubeward.core.source.SourceFile;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A gate several checks share is asked once per resource, and closes them all where it says no. */
class GateTest {

  @TempDir Path dir;

  static final AtomicInteger ASKED = new AtomicInteger();
  static final AtomicInteger CALLS = new AtomicInteger();

  /** Open for resources labelled {@code gate: open}. */
  static final Predicate<Resource> OPEN_LABEL = r -> {
    ASKED.incrementAndGet();
    return r.metadata().flatMap(m -> m.get("labels")).flatMap(l -> l.get("gate"))
        .flatMap(Field::text).filter("open"::equals).isPresent();
  };

  /** A check of ConfigMaps that reports every one it sees. */
  abstract static class SeesConfigMaps implements ResourceCheck {
    @Override
    public Set<String> kinds() {
      return Set.of("ConfigMap");
    }

    @Override
    public void check(Resource resource, Findings findings) {
      findings.at(resource.root()).report("seen");
    }
  }

  /** Two checks behind one gate, counting their calls. */
  abstract static class Gated extends SeesConfigMaps {
    @Override
    public Optional<Predicate<Resource>> gate() {
      return Optional.of(OPEN_LABEL);
    }

    @Override
    public void check(Resource resource, Findings findings) {
      CALLS.incrementAndGet();
      super.check(resource, findings);
    }
  }

  @CheckInfo(id = "KW-9301", summary = "Gated one", severity = Severity.LOW, category = Category.RELIABILITY, remediation = "-")
  static final class GatedOne extends Gated {}

  @CheckInfo(id = "KW-9302", summary = "Gated two", severity = Severity.LOW, category = Category.RELIABILITY, remediation = "-")
  static final class GatedTwo extends Gated {}

  /** No gate: sees every resource. */
  @CheckInfo(id = "KW-9303", summary = "Ungated", severity = Severity.LOW, category = Category.RELIABILITY, remediation = "-")
  static final class Ungated extends SeesConfigMaps {}

  /** A gate that fails lets its check run (the check meets the failure itself, if it is one). */
  @CheckInfo(id = "KW-9304", summary = "Broken gate", severity = Severity.LOW, category = Category.RELIABILITY, remediation = "-")
  static final class BrokenGate extends SeesConfigMaps {
    @Override
    public Optional<Predicate<Resource>> gate() {
      return Optional.of(r -> {
        throw new IllegalStateException("gate broke");
      });
    }
  }

  @Test
  void aSharedGateIsAskedOncePerResourceAndClosesItsChecksWhereItSaysNo() {
    Catalog catalog = new Catalog(List.of(Rule.of(new GatedOne()), Rule.of(new GatedTwo()), Rule.of(new Ungated()),
        Rule.of(new BrokenGate())));
    List<SourceFile> files = new ArrayList<>();
    files.add(SourceFile.of(write(dir, "a.yaml", """
        apiVersion: v1
        kind: ConfigMap
        metadata: {name: open, labels: {gate: open}}
        ---
        apiVersion: v1
        kind: ConfigMap
        metadata: {name: shut}
        """), dir));
    ASKED.set(0);
    CALLS.set(0);

    ScanResult r = new Engine(catalog, new Engine.Options(Config.EMPTY, true, Set.of(), LocalDate.of(2026, 3, 1), 1))
        .scan(files, Progress.NONE);

    assertThat(r.findings()).extracting(f -> f.finding().rule().id() + " " + f.finding().resource().name())
        .containsExactlyInAnyOrder("KW-9301 open", "KW-9302 open", "KW-9303 open", "KW-9304 open",
            "KW-9303 shut", "KW-9304 shut");
    assertThat(ASKED).hasValue(2);
    assertThat(CALLS).hasValue(2);
    assertThat(r.problems()).isEmpty();
  }
}
