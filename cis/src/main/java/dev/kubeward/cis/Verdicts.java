package dev.kubeward.cis;

import dev.kubeward.core.check.CheckOptions;
import dev.kubeward.core.model.Field;
import java.util.Optional;

/** Where a check's conclusions go: a benchmark report, or a scan's findings. */
public interface Verdicts {

  void add(Verdict verdict);

  /** The check's options ({@code checks.<slug>} in .kubeward.yaml). */
  CheckOptions options();

  default void pass(String control, String format, Object... args) {
    add(new Verdict(control, Verdict.Status.PASS, String.format(format, args), Optional.empty(), Optional.empty()));
  }

  /** Fails at a manifest field, when the setting was read from one. */
  default void fail(String control, Optional<Field> at, String format, Object... args) {
    add(new Verdict(control, Verdict.Status.FAIL, String.format(format, args), at, Optional.empty()));
  }

  /** Fails about a node's file. */
  default void failFile(String control, String file, String format, Object... args) {
    add(new Verdict(control, Verdict.Status.FAIL, String.format(format, args), Optional.empty(), Optional.of(file)));
  }

  /** Could not judge the control, and why. */
  default void warn(String control, String format, Object... args) {
    add(new Verdict(control, Verdict.Status.WARN, String.format(format, args), Optional.empty(), Optional.empty()));
  }
}
