package dev.kubeward.rbac;

import dev.kubeward.core.model.ResourceRef;
import java.util.Optional;

/**
 * Anything that runs pods (a Pod, or a kind with a pod template), with the service account its
 * pods run as.
 *
 * @param automountToken the pod's {@code automountServiceAccountToken}; empty when unset
 */
public record Workload(ResourceRef ref, String serviceAccount, Optional<Boolean> automountToken, ObjectSource source) {

  public String namespace() {
    return ref.namespace().orElse("default");
  }

  public Subject subject() {
    return Subject.serviceAccount(namespace(), serviceAccount);
  }

  /** A bare Pod, whose name its exec and attach requests carry. */
  public boolean isPod() {
    return ref.kind().equals("Pod") && ref.apiVersion().equals("v1");
  }
}
