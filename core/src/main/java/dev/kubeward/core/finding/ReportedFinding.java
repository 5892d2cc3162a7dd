package dev.kubeward.core.finding;

import java.util.Optional;

/** A finding as reported: active, or suppressed with the reason. */
public record ReportedFinding(Finding finding, Optional<Suppression> suppression) {

  public boolean active() {
    return suppression.isEmpty();
  }
}
