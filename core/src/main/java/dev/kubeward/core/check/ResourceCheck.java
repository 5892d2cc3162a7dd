package dev.kubeward.core.check;

import dev.kubeward.core.model.Resource;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/** Visits every resource of the kinds it names (all kinds when the set is empty). */
public non-sealed interface ResourceCheck extends Check {

  Set<String> kinds();

  void check(Resource resource, Findings findings);

  /**
   * A test the engine asks once per resource for the checks that return the same one (the same
   * object) and come one after another in the catalogue, as a module's checks do: when it says
   * no, none of them is called on that resource. It is for a family
   * of checks that each begin by looking for the same rare thing, such as the CIS rules looking
   * for a control-plane component among a workload's containers. It may say no only where every
   * check of the family would find nothing. None by default.
   */
  default Optional<Predicate<Resource>> gate() {
    return Optional.empty();
  }
}
