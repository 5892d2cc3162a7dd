package dev.kubeward.pss;

import java.util.Locale;
import java.util.Optional;

/** A Pod Security Standards level, from least to most strict. */
public enum Level {
  PRIVILEGED,
  BASELINE,
  RESTRICTED;

  /** The name upstream uses in labels and messages: {@code privileged}, {@code baseline}, {@code restricted}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Exactly {@code privileged}, {@code baseline} or {@code restricted}, as the API server parses a label. */
  public static Optional<Level> parse(String text) {
    for (Level l : values()) {
      if (l.label().equals(text)) {
        return Optional.of(l);
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return label();
  }
}
