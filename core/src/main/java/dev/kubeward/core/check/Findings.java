package dev.kubeward.core.check;

import dev.kubeward.core.model.Field;

/** Where a check reports; bound by the engine to the rule, the resource and the container. */
public interface Findings {

  /** Reports at {@code field}: its path and the line of its key. */
  Reporter at(Field field);

  /** The options the configuration gives this check ({@code checks.<slug>} in .kubeward.yaml). */
  CheckOptions options();

  /** Says what is wrong at a place. */
  interface Reporter {
    void report(String format, Object... args);
  }
}
