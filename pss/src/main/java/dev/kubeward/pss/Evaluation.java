package dev.kubeward.pss;

import java.util.List;

/**
 * The verdict on one pod at one level and version.
 *
 * @param policy the level and version asked for
 * @param effective the policy version the checks were taken from: {@code latest}, and any version
 *     past the newest policy change, mean that change's version
 * @param violations the failed checks, baseline checks first, each group in check id order, as
 *     upstream lists them
 */
public record Evaluation(LevelVersion policy, Version effective, List<Violation> violations) {

  public Evaluation {
    violations = List.copyOf(violations);
  }

  public boolean allowed() {
    return violations.isEmpty();
  }

  /** The API server's denial text: {@code violates PodSecurity "restricted:latest": reason (detail), ...}. */
  public String message() {
    if (allowed()) {
      return "allowed by PodSecurity \"" + policy + "\"";
    }
    StringBuilder sb = new StringBuilder("violates PodSecurity \"").append(policy).append("\": ");
    for (int i = 0; i < violations.size(); i++) {
      sb.append(i == 0 ? "" : ", ").append(violations.get(i).message());
    }
    return sb.toString();
  }
}
