package dev.kubeward.cis.benchmark;

/**
 * A control of the benchmark: its id, its section, kubeward's title for it, and how the benchmark
 * scores it. A failed {@code MANUAL} control is reported as WARN, as the benchmark leaves its
 * verdict to judgement; a {@code MANUAL_ONLY} one has nothing in the configuration to test.
 */
public record Control(String id, String section, String title, Scoring scoring) {

  /** How the benchmark treats a control. */
  public enum Scoring { AUTOMATED, MANUAL, MANUAL_ONLY }
}
