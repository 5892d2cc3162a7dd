package dev.kubeward.cis.checks;

import dev.kubeward.cis.ComponentConfig;
import dev.kubeward.cis.ScanComponents;
import dev.kubeward.core.model.Resource;
import java.util.List;
import java.util.function.Predicate;

/**
 * The components of the resource being checked, read once for all the module's rules: the engine
 * hands every rule the same resource in turn, on the thread that reads its file.
 */
final class ComponentReading {

  private record Last(Resource resource, List<ComponentConfig> components) {}

  private final ThreadLocal<Last> last = new ThreadLocal<>();

  /**
   * Whether the resource holds a component: the gate of every rule sharing this reading, which
   * the engine asks once per resource (a rule finds nothing where there is no component). Most
   * workloads are told from their containers' programs alone ({@link ScanComponents#mayHold}).
   */
  final Predicate<Resource> holdsComponents = r -> ScanComponents.mayHold(r) && !of(r).isEmpty();

  List<ComponentConfig> of(Resource r) {
    Last l = last.get();
    if (l == null || l.resource() != r) {
      l = new Last(r, ScanComponents.of(r));
      last.set(l);
    }
    return l.components();
  }
}
