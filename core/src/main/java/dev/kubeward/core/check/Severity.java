package dev.kubeward.core.check;

import java.util.Locale;
import java.util.Optional;

/** How bad a finding is, from most to least severe. */
public enum Severity {
  CRITICAL,
  HIGH,
  MEDIUM,
  LOW,
  INFO;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether this is as severe as {@code threshold} or more. */
  public boolean atLeast(Severity threshold) {
    return ordinal() <= threshold.ordinal();
  }

  public static Optional<Severity> parse(String text) {
    for (Severity s : values()) {
      if (s.label().equals(text.strip().toLowerCase(Locale.ROOT))) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
