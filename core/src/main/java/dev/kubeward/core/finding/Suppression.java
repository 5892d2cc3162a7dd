package dev.kubeward.core.finding;

/** Why a finding does not count: where the exemption is written and its reason. */
public record Suppression(Kind kind, String source, String reason) {

  /** The mechanisms that can exempt a finding. */
  public enum Kind {
    /** An annotation on the resource or its pod template. */
    INLINE,
    /** An exception in the configuration file. */
    EXCEPTION,
    /** Present in the baseline file. */
    BASELINE
  }
}
