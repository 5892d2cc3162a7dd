package dev.kubeward.pss.workloads;

import dev.kubeward.pss.Evaluation;

/** A workload and its verdict at the level and version asked for. */
public record WorkloadResult(Workload workload, Evaluation evaluation) {

  public boolean allowed() {
    return evaluation.allowed();
  }
}
