package dev.kubeward.core.engine;

import dev.kubeward.core.check.Rule;
import dev.kubeward.core.check.Severity;
import dev.kubeward.core.config.ConfigException;
import dev.kubeward.core.finding.ReportedFinding;
import dev.kubeward.core.model.ManifestReader;
import dev.kubeward.core.source.InputProblem;
import java.util.List;

/**
 * What a scan found: findings (active and suppressed) in file and line order, input problems,
 * skipped documents, counts, the rules that ran, and how each configured exception was used.
 */
public record ScanResult(
    List<ReportedFinding> findings,
    List<InputProblem> problems,
    List<ManifestReader.Skipped> skipped,
    int files,
    int resources,
    List<Rule> rules,
    List<ExceptionUse> exceptions) {

  /** A configured exception, how many findings it exempted, and whether it had expired. */
  public record ExceptionUse(ConfigException exception, int matched, boolean expired) {}

  public List<ReportedFinding> active() {
    return findings.stream().filter(ReportedFinding::active).toList();
  }

  public boolean hasErrors() {
    return problems.stream().anyMatch(InputProblem::error);
  }

  /** Whether an active finding is at {@code threshold} or above. */
  public boolean failsAt(Severity threshold) {
    return findings.stream().anyMatch(f -> f.active() && f.finding().severity().atLeast(threshold));
  }
}
