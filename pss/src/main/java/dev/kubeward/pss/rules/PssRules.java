package dev.kubeward.pss.rules;

import dev.kubeward.core.check.Check;
import dev.kubeward.core.check.CheckProvider;
import java.util.List;

/** Registers the Pod Security rules of {@code kubeward scan}, in id order. */
public final class PssRules implements CheckProvider {

  @Override
  public List<Check> checks() {
    return List.of(new NamespaceWithoutEnforceLabel());
  }
}
