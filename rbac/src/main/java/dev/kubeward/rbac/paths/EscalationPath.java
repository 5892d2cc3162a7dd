package dev.kubeward.rbac.paths;

import dev.kubeward.rbac.Subject;
import java.util.List;

/** A shortest way from an identity to a target, step by step. */
public record EscalationPath(Subject from, Target target, List<Step> steps) {

  public EscalationPath {
    steps = List.copyOf(steps);
  }

  public int length() {
    return steps.size();
  }

  /** The node the path ends at. */
  public Node end() {
    return steps.get(steps.size() - 1).to();
  }
}
