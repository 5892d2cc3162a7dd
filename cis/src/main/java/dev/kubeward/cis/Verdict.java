package dev.kubeward.cis;

import dev.kubeward.core.model.Field;
import java.util.Optional;

/**
 * What a check concluded about one benchmark control for one component: it passes, it fails (with
 * where: a manifest field, a node file), or it could not be judged ({@code WARN}, with why).
 */
public record Verdict(String control, Status status, String message, Optional<Field> field, Optional<String> file) {

  /** The outcome of a control's test. */
  public enum Status { PASS, FAIL, WARN }
}
