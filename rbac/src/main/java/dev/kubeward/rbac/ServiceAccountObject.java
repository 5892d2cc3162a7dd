package dev.kubeward.rbac;

import java.util.Optional;

/**
 * A ServiceAccount object of the input.
 *
 * @param automountToken its {@code automountServiceAccountToken}; empty when unset (pods mount the token)
 */
public record ServiceAccountObject(String namespace, String name, Optional<Boolean> automountToken, ObjectSource source) {

  public Subject subject() {
    return Subject.serviceAccount(namespace, name);
  }
}
