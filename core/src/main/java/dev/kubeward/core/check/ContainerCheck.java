package dev.kubeward.core.check;

import dev.kubeward.core.k8s.ContainerView;

/**
 * Visits every container, init container and ephemeral container of every pod spec. Findings
 * are attributed to the container automatically.
 */
public non-sealed interface ContainerCheck extends Check {

  void check(ContainerView container, Findings findings);
}
