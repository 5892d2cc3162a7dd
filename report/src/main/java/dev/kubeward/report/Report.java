package dev.kubeward.report;

import dev.kubeward.core.check.Severity;
import dev.kubeward.core.engine.ScanResult;

/**
 * What a reporter renders: the scan result, the threshold that decides the exit code, and how
 * the output is shown.
 *
 * @param result the findings, problems and counts
 * @param failOn findings at or above it make the run fail
 * @param color whether ANSI colours may be used (a terminal, no NO_COLOR)
 * @param verbose whether to list skipped documents and suppressed findings in human output
 * @param toolVersion kubeward's version, for machine formats
 */
public record Report(ScanResult result, Severity failOn, boolean color, boolean verbose, String toolVersion) {

  /** No active finding at or above {@code failOn}, and every input was read. */
  public boolean passed() {
    return !result.failsAt(failOn) && !result.hasErrors();
  }
}
