package dev.kubeward.secrets.checks;

import dev.kubeward.core.check.Findings;
import dev.kubeward.core.model.Field;
import dev.kubeward.secrets.Detection;
import dev.kubeward.secrets.SecretDetector;
import java.util.List;
import java.util.function.Supplier;

/**
 * Scans one value with the detector and reports what it holds, worded the same way by every
 * rule: what the value is, which kind of secret, where in a multi-line value, and the value
 * redacted (a public prefix and the length at most). The value itself never reaches a message.
 */
final class Found {

  private static final SecretDetector DETECTOR = SecretDetector.standard();

  /** Detections listed in one message before the rest are counted. */
  private static final int LISTED = 3;

  private Found() {}

  /**
   * Scans {@code value} (called {@code name}, which may be empty) and reports at {@code at} when it
   * holds secrets: "{what} holds {kind} in plain text ({redacted})", {@code what} worded only then.
   * Returns whether it did.
   */
  static boolean report(Findings findings, Field at, Supplier<String> what, String name, String value) {
    List<Detection> found = DETECTOR.scan(name, value);
    if (found.isEmpty()) {
      return false;
    }
    report(findings, at, what.get(), found, value);
    return true;
  }

  /** Reports what {@link SecretDetector#scan} found in {@code value} at {@code at}: "{what} holds ...". */
  static void report(Findings findings, Field at, String what, List<Detection> found, String value) {
    findings.at(at).report("%s %s", what, holds(found, value.strip().indexOf('\n') >= 0));
  }

  /** "holds an AWS access key id in plain text (AKIA****, 20 characters)", or several, counted. */
  static String holds(List<Detection> found, boolean multiline) {
    if (found.size() == 1) {
      return "holds " + found.getFirst().pattern().label() + " in plain text (" + where(found.getFirst(), multiline) + ")";
    }
    StringBuilder sb = new StringBuilder("holds ").append(found.size()).append(" secrets in plain text: ");
    for (int i = 0; i < Math.min(LISTED, found.size()); i++) {
      Detection d = found.get(i);
      sb.append(i == 0 ? "" : ", ").append(d.pattern().label()).append(" (").append(where(d, multiline)).append(')');
    }
    if (found.size() > LISTED) {
      sb.append(", and ").append(found.size() - LISTED).append(" more");
    }
    return sb.toString();
  }

  /** Kinds of the detections, for a list: "a password, an AWS access key id". */
  static String kinds(List<Detection> found) {
    if (found.size() == 1) {
      return found.getFirst().pattern().label();
    }
    java.util.Set<String> labels = new java.util.LinkedHashSet<>();
    for (Detection d : found) {
      labels.add(d.pattern().label());
    }
    return String.join(", ", labels);
  }

  private static String where(Detection d, boolean multiline) {
    return (multiline ? "line " + d.line() + " of the value, " : "") + d.redacted();
  }

  static SecretDetector detector() {
    return DETECTOR;
  }
}
