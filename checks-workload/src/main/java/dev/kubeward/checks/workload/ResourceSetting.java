package dev.kubeward.checks.workload;

import dev.kubeward.core.check.Findings;
import dev.kubeward.core.k8s.ContainerKind;
import dev.kubeward.core.k8s.ContainerView;
import dev.kubeward.core.model.Field;
import java.util.Optional;

/**
 * A compute resource setting the resource checks demand of a container. Regular and init
 * containers are held to it (an init container runs unbounded just as well while it runs);
 * ephemeral containers are not, because the API forbids resources on them. A missing request
 * is forgiven when the limit is set: Kubernetes then defaults the request to the limit. CPU and
 * memory may instead be set for the whole pod (pod-level resources, on by default since v1.34),
 * which bounds and reserves them for every container. Whether a value present is a valid
 * quantity is {@link ResourceQuantityInvalid}'s business.
 */
enum ResourceSetting {
  CPU_REQUEST("requests", "cpu", "CPU request", true),
  CPU_LIMIT("limits", "cpu", "CPU limit", true),
  MEMORY_REQUEST("requests", "memory", "memory request", true),
  MEMORY_LIMIT("limits", "memory", "memory limit", true),
  EPHEMERAL_STORAGE_LIMIT("limits", "ephemeral-storage", "ephemeral-storage limit", false);

  private final String section;
  private final String resource;
  private final String label;
  private final boolean podLevel;
  /** The keys to the setting, to its limit, and to where a missing one is added: made once, as every container is asked. */
  private final String[] path;
  private final String[] limitPath;
  private final String[] sectionPath;

  ResourceSetting(String section, String resource, String label, boolean podLevel) {
    this.section = section;
    this.resource = resource;
    this.label = label;
    this.podLevel = podLevel;
    this.path = new String[] {section, resource};
    this.limitPath = new String[] {"limits", resource};
    this.sectionPath = new String[] {"resources", section};
  }

  /** Reports the container if it lacks this setting, where the setting should be added. */
  void require(ContainerView container, Findings findings) {
    if (container.kind() == ContainerKind.EPHEMERAL
        || setIn(container.resources())
        || (podLevel && setIn(container.pod().resources()))) {
      return;
    }
    findings.at(container.field().nearest(sectionPath))
        .report("container %s has no %s (resources.%s.%s)", container.name(), label, section, resource);
  }

  /** Whether a container's or pod spec's resources set it, a request also through its limit. */
  private boolean setIn(Optional<Field> resources) {
    if (resources.isEmpty()) {
      return false;
    }
    Field r = resources.get();
    return r.at(path).isPresent() || (section.equals("requests") && r.at(limitPath).isPresent());
  }
}
