package dev.kubeward.checks.workload;

import dev.kubeward.core.check.Findings;
import dev.kubeward.core.k8s.ContainerKind;
import dev.kubeward.core.k8s.ContainerView;
import dev.kubeward.core.k8s.PodSpecView;
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
  /** The keys to where a missing one is added: made once, as every container is asked. */
  private final String[] sectionPath;

  ResourceSetting(String section, String resource, String label, boolean podLevel) {
    this.section = section;
    this.resource = resource;
    this.label = label;
    this.podLevel = podLevel;
    this.sectionPath = new String[] {"resources", section};
  }

  /** Reports the container if it lacks this setting, where the setting should be added. */
  void require(ContainerView container, Findings findings) {
    if (container.kind() == ContainerKind.EPHEMERAL
        || (container.derived(CONTAINER_SETTINGS) & bit()) != 0
        || (podLevel && (container.pod().derived(POD_SETTINGS) & bit()) != 0)) {
      return;
    }
    findings.at(container.field().nearest(sectionPath))
        .report("container %s has no %s (resources.%s.%s)", container.name(), label, section, resource);
  }

  private int bit() {
    return 1 << ordinal();
  }

  /**
   * Which settings a container's resources set, one bit each by {@link #bit}: worked out once per
   * container for the five checks, each of which read the same two mappings.
   */
  private static final ContainerView.Derived<Integer> CONTAINER_SETTINGS =
      new ContainerView.Derived<>(c -> settings(c.resources()));

  /** Which settings the pod-level resources set. */
  private static final PodSpecView.Derived<Integer> POD_SETTINGS = new PodSpecView.Derived<>(p -> settings(p.resources()));

  private static int settings(Optional<Field> resources) {
    if (resources.isEmpty()) {
      return 0;
    }
    Optional<Field> requests = resources.get().get("requests");
    Optional<Field> limits = resources.get().get("limits");
    int set = 0;
    for (ResourceSetting s : values()) {
      if (s.setIn(requests, limits)) {
        set |= s.bit();
      }
    }
    return set;
  }

  /** Whether resources with these requests and limits set it, a request also through its limit. */
  private boolean setIn(Optional<Field> requests, Optional<Field> limits) {
    boolean request = section.equals("requests");
    return has(request ? requests : limits, resource) || (request && has(limits, resource));
  }

  /** {@code r.at(section, resource).isPresent()} given the section's field. */
  private static boolean has(Optional<Field> section, String resource) {
    return section.isPresent() && section.get().get(resource).isPresent();
  }
}
