package dev.kubeward.report;

import dev.kubeward.core.check.Catalog;
import dev.kubeward.core.check.Severity;
import dev.kubeward.core.config.Config;
import dev.kubeward.core.config.ConfigLoader;
import dev.kubeward.core.engine.Engine;
import dev.kubeward.core.engine.ScanResult;
import dev.kubeward.core.source.SourceWalker;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * One scan of src/test/resources/scan with the test checks: findings of every severity the
 * checks have, an inline suppression, a configured exception, a severity override, an input
 * error and a skipped document. Reporters are tested on what it returns.
 */
final class ScanFixture {

  static final Path DIR = Path.of("src/test/resources/scan");
  static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
  static final String VERSION = "1.2.3-SNAPSHOT";

  static final String CONFIG = """
      rules:
        severity:
          node-port: high
      exceptions:
        - rule: KW-9003
          kind: Service
          namespace: shop
          name: debu*
          reason: reachable only from the office VPN (NET-12)
          expires: 2026-12-31
      """;

  private ScanFixture() {}

  static ScanResult scan() {
    return scan(Set.of());
  }

  static ScanResult scan(Set<String> baseline) {
    Catalog catalog = TestChecks.catalog();
    Config config = new ConfigLoader(catalog).parse(".kubeward.yaml", CONFIG);
    var walk = new SourceWalker(DIR, config::excludes).walk(List.of(DIR.toString()));
    return new Engine(catalog, new Engine.Options(config, true, baseline, TODAY, 1)).scan(walk.files(), (d, t) -> {});
  }

  static Report report(ScanResult result) {
    return new Report(result, Severity.HIGH, false, false, VERSION);
  }

  static String render(String format, Report report) {
    StringWriter out = new StringWriter();
    try {
      Reporters.byName(format).orElseThrow().write(report, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
