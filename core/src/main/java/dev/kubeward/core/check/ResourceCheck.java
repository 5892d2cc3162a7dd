package dev.kubeward.core.check;

import dev.kubeward.core.model.Resource;
import java.util.Set;

/** Visits every resource of the kinds it names (all kinds when the set is empty). */
public non-sealed interface ResourceCheck extends Check {

  Set<String> kinds();

  void check(Resource resource, Findings findings);
}
