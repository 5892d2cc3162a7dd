package dev.kubeward.checks.workload;

import dev.kubeward.core.model.Field;
import dev.kubeward.core.model.Resource;
import java.util.Optional;
import java.util.Set;

/**
 * The core {@code v1} Service the service checks look at. The engine matches kinds by name only,
 * and other groups have a {@code Service} too (Knative's), so the group is checked here.
 */
final class CoreService {

  static final Set<String> KINDS = Set.of("Service");

  private CoreService() {}

  /** The field {@code spec.<key>} of a core Service; empty for anything else. */
  static Optional<Field> spec(Resource resource, String key) {
    return resource.group().isEmpty() ? resource.root().at("spec", key) : Optional.empty();
  }

  /** The {@code spec.type} field of a core Service of the given type; empty for anything else. */
  static Optional<Field> typed(Resource resource, String type) {
    return spec(resource, "type").filter(t -> t.text().filter(type::equals).isPresent());
  }
}
