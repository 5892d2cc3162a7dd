package dev.kubeward.netpol.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A pod as policies see it: its namespace, labels and container ports, and the workload it
 * belongs to. A workload object (Deployment, StatefulSet, CronJob, ...) gives one Pod standing
 * for all its replicas, named after the workload; a Pod object gives itself.
 *
 * @param labels in key order ({@link Labels})
 * @param name the Pod object's name, or the workload's for a pod template
 * @param source where the object that gave this pod starts
 */
public record Pod(String namespace, String name, Map<String, String> labels, List<ContainerPort> ports,
    Workload workload, Source source) {

  public Pod {
    labels = Labels.copyOf(labels); // in key order, immutable, and not copied again when it is one
    ports = List.copyOf(ports);
  }

  /**
   * The container port named {@code name}, as a named port in a policy resolves: the first
   * declared (names are unique within a pod).
   */
  public Optional<ContainerPort> namedPort(String name) {
    for (ContainerPort p : ports) {
      if (p.name().filter(name::equals).isPresent()) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }
}
