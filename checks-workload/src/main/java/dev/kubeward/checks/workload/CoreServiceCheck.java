package dev.kubeward.checks.workload;

import dev.kubeward.core.check.Findings;
import dev.kubeward.core.check.ResourceCheck;
import dev.kubeward.core.model.Field;
import dev.kubeward.core.model.Resource;
import java.util.Optional;
import java.util.Set;

/**
 * A check on core {@code v1} Services. The engine matches kinds by name only, and other groups
 * have a {@code Service} too (Knative's), so the group is checked once here.
 */
interface CoreServiceCheck extends ResourceCheck {

  void checkService(Resource service, Findings findings);

  @Override
  default Set<String> kinds() {
    return Set.of("Service");
  }

  @Override
  default void check(Resource resource, Findings findings) {
    if (resource.group().isEmpty()) {
      checkService(resource, findings);
    }
  }

  /** The Service's {@code spec.type} field, if it is {@code type}. */
  static Optional<Field> typed(Resource service, String type) {
    return service.root().at("spec", "type").filter(t -> t.text().filter(type::equals).isPresent());
  }
}
