package dev.kubeward.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kubeward.core.check.Severity;
import dev.kubeward.core.engine.ScanResult;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableReporterTest {

  private static String table(ScanResult result, Severity failOn, boolean color, boolean verbose) {
    return ScanFixture.render("table", new Report(result, failOn, color, verbose, ScanFixture.VERSION));
  }

  @Test
  void plainWithoutColour() {
    String out = table(ScanFixture.scan(), Severity.HIGH, false, false);
    assertThat(out).doesNotContain("\u001b[");
    assertThat(out).contains("apps.yaml\n  Deployment/shop/web\n    MEDIUM   16:9    container app uses the tag latest");
  }

  @Test
  void colouredOnlyWhenAsked() {
    String out = table(ScanFixture.scan(), Severity.HIGH, true, false);
    assertThat(out).contains("\u001b[1;35mCRITICAL").contains("\u001b[0m");
  }

  @Test
  void suppressedFindingsAndSkippedDocumentsOnlyWhenVerbose() {
    String quiet = table(ScanFixture.scan(), Severity.HIGH, false, false);
    assertThat(quiet).doesNotContain("suppressed (").doesNotContain("Skipped documents")
        .contains("1 document skipped (--verbose lists them)");
    String verbose = table(ScanFixture.scan(), Severity.HIGH, false, true);
    assertThat(verbose)
        .contains("suppressed (inline, apps.yaml:12:9): the sidecar follows its vendor's rolling tag")
        .contains("suppressed (exception, .kubeward.yaml:5:5): reachable only from the office VPN (NET-12)")
        .contains("Skipped documents\n  values.yaml:2: ");
  }

  @Test
  void summarySaysWhyTheRunFailedOrPassed() {
    ScanResult result = ScanFixture.scan();
    assertThat(lastLine(table(result, Severity.HIGH, false, false))).isEqualTo(
        "3 files, 3 resources, 3 findings (1 critical, 1 high, 1 medium), 2 suppressed, 1 input error,"
            + " 1 document skipped (--verbose lists them). FAIL: findings at or above high");
    ScanResult onlyMedium = new ScanResult(result.active().stream().filter(f -> f.finding().severity() == Severity.MEDIUM).toList(),
        result.problems(), List.of(), 3, 3, result.rules(), List.of());
    assertThat(lastLine(table(onlyMedium, Severity.HIGH, false, false))).endsWith(
        "1 input error. ERROR: nothing at or above high in what could be read; fix the input errors above");
    ScanResult clean = new ScanResult(onlyMedium.findings(), List.of(), List.of(), 1, 1, result.rules(), List.of());
    assertThat(lastLine(table(clean, Severity.HIGH, false, false)))
        .isEqualTo("1 file, 1 resource, 1 finding (1 medium). PASS: nothing at or above high");
  }

  private static String lastLine(String s) {
    String[] lines = s.strip().split("\n");
    return lines[lines.length - 1];
  }
}
