package dev.kubeward.pss.workloads;

import dev.kubeward.pss.Evaluation;
import dev.kubeward.pss.admission.AdmissionResult;
import java.util.Optional;

/**
 * A workload and its verdict: at the level and version asked for, or, when none was asked for,
 * at its namespace's enforce policy.
 *
 * @param admission what each admission mode would do in its namespace, when namespace policies are known
 */
public record WorkloadResult(Workload workload, Evaluation evaluation, Optional<AdmissionResult> admission) {

  public boolean allowed() {
    return evaluation.allowed();
  }

  /** Denied at the level asked for, or rejected by its namespace's enforce mode. */
  public boolean denied() {
    return !allowed() || admission.filter(a -> !a.admitted()).isPresent();
  }
}
