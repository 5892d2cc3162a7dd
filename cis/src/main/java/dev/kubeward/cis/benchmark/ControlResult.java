package dev.kubeward.cis.benchmark;

import java.util.List;
import java.util.Optional;

/**
 * A control's result: its status over every component instance that was judged, and the details
 * behind it (each check's verdict on each instance). {@code SKIP}: nothing the control is about was
 * found in the input (no such component, or node files without {@code --node}); {@code note} says
 * which, and is empty otherwise.
 */
public record ControlResult(String id, String section, String title, Status status, List<Detail> details, String note) {

  /** A control's status in the report. */
  public enum Status { PASS, FAIL, WARN, MANUAL, SKIP }

  /**
   * One verdict: the rule that gave it, on which component instance, what it said, and where
   * ({@code file:line:column} in a manifest or configuration file, or a node file's path).
   */
  public record Detail(String rule, String component, String source, String status, String message, Optional<String> location) {}
}
