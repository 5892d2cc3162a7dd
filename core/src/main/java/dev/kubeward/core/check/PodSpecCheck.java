package dev.kubeward.core.check;

import dev.kubeward.core.k8s.PodSpecView;

/** Visits the pod spec of every workload-like resource. */
public non-sealed interface PodSpecCheck extends Check {

  void check(PodSpecView pod, Findings findings);
}
