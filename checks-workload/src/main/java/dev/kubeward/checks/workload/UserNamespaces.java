package dev.kubeward.checks.workload;

import dev.kubeward.core.k8s.PodSpecView;
import dev.kubeward.core.model.Field;

/**
 * Whether a pod runs in a user namespace of its own ({@code hostUsers: false}): its UID and GID 0
 * are then mapped to an unprivileged user and group of the node, so root in the container is not
 * root on the node, and Pod Security stops checking runAsNonRoot and runAsUser for it. A node
 * without user namespace support refuses the pod rather than running it on the host's.
 */
final class UserNamespaces {

  private UserNamespaces() {}

  /** Read once per pod for the checks of each of its containers that ask. */
  private static final PodSpecView.Derived<Boolean> ISOLATES = new PodSpecView.Derived<>(
      pod -> pod.spec().get("hostUsers").flatMap(Field::bool).filter(hostUsers -> !hostUsers).isPresent());

  static boolean isolates(PodSpecView pod) {
    return pod.derived(ISOLATES);
  }
}
