package dev.kubeward.pss.admission;

import dev.kubeward.pss.Evaluation;
import java.util.Map;
import java.util.Optional;

/**
 * What Pod Security admission would do with a workload's pods in its namespace: enforce rejects
 * them when its evaluation fails; audit and warn record or warn about theirs.
 *
 * @param namespace the workload's namespace; empty when its manifest names none (the cluster
 *     defaults then apply)
 * @param exemption why nothing is judged: an exempt namespace or runtime class
 * @param modes per mode, the evaluation at that mode's level and version (absent when exempt)
 */
public record AdmissionResult(
    Optional<String> namespace, NamespacePolicy policy, Optional<String> exemption, Map<Mode, Evaluation> modes) {

  public AdmissionResult {
    modes = Map.copyOf(modes);
  }

  /** Whether enforce would admit the pods. */
  public boolean admitted() {
    return exemption.isPresent() || modes.get(Mode.ENFORCE).allowed();
  }

  public Optional<Evaluation> mode(Mode mode) {
    return Optional.ofNullable(modes.get(mode));
  }
}
