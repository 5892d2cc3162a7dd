package dev.kubeward.pss.rules;

import dev.kubeward.core.check.Check;
import dev.kubeward.core.check.CheckProvider;
import dev.kubeward.pss.checks.PssChecks;
import java.util.ArrayList;
import java.util.List;

/** Registers the Pod Security rules of {@code kubeward scan}, in id order: upstream's checks, the namespace rule, the PodSecurityPolicy migration aid. */
public final class PssRules implements CheckProvider {

  @Override
  public List<Check> checks() {
    List<Check> all = new ArrayList<>(PssChecks.rules());
    all.add(new NamespaceWithoutEnforceLabel());
    all.add(new PodSecurityPolicyMigration());
    return List.copyOf(all);
  }
}
