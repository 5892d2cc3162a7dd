package dev.kubeward.pss;

import dev.kubeward.core.k8s.PodSpecView;
import dev.kubeward.core.model.Field;
import java.util.List;
import java.util.Optional;

/**
 * Where a violation is, as keys and list indices from the pod spec or the pod's metadata. Made
 * only for violations, and resolved only when a finding needs a line: to the field itself, or to
 * the nearest enclosing field that exists when the violation is a missing setting.
 */
public record Locator(Root root, List<Object> steps) {

  /** What the steps start from. */
  public enum Root { SPEC, METADATA }

  public Locator {
    steps = List.copyOf(steps);
  }

  public static Locator spec(Object... steps) {
    return new Locator(Root.SPEC, List.of(steps));
  }

  public static Locator annotation(String key) {
    return new Locator(Root.METADATA, List.of("annotations", key));
  }

  /** The field the steps lead to, or the deepest one on the way that exists. */
  public Field resolve(PodSpecView pod) {
    Field f = root == Root.SPEC ? pod.spec() : pod.metadata().orElse(pod.spec());
    for (Object step : steps) {
      Optional<Field> next = step instanceof Integer i
          ? Optional.of(f.items()).filter(items -> i < items.size()).map(items -> items.get(i))
          : f.get((String) step);
      if (next.isEmpty()) {
        return f;
      }
      f = next.get();
    }
    return f;
  }
}
