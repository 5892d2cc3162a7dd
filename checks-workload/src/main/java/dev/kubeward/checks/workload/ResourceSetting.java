package dev.kubeward.checks.workload;

import dev.kubeward.core.check.Findings;
import dev.kubeward.core.k8s.ContainerKind;
import dev.kubeward.core.k8s.ContainerView;

/**
 * A compute resource setting the resource checks demand of a container. Regular and init
 * containers are held to it (an init container runs unbounded just as well while it runs);
 * ephemeral containers are not, because the API forbids resources on them. A missing request
 * is forgiven when the limit is set: Kubernetes then defaults the request to the limit. Whether
 * a value present is a valid quantity is {@link ResourceQuantityInvalid}'s business.
 */
enum ResourceSetting {
  CPU_REQUEST("requests", "cpu", "CPU request"),
  CPU_LIMIT("limits", "cpu", "CPU limit"),
  MEMORY_REQUEST("requests", "memory", "memory request"),
  MEMORY_LIMIT("limits", "memory", "memory limit"),
  EPHEMERAL_STORAGE_LIMIT("limits", "ephemeral-storage", "ephemeral-storage limit");

  private final String section;
  private final String resource;
  private final String label;

  ResourceSetting(String section, String resource, String label) {
    this.section = section;
    this.resource = resource;
    this.label = label;
  }

  /** Reports the container if it lacks this setting, where the setting should be added. */
  void require(ContainerView container, Findings findings) {
    if (container.kind() == ContainerKind.EPHEMERAL
        || container.get("resources", section, resource).isPresent()
        || (section.equals("requests") && container.get("resources", "limits", resource).isPresent())) {
      return;
    }
    findings.at(container.field().nearest("resources", section))
        .report("container %s has no %s (resources.%s.%s)", container.name(), label, section, resource);
  }
}
