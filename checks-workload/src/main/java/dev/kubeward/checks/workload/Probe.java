package dev.kubeward.checks.workload;

import dev.kubeward.core.check.Findings;
import dev.kubeward.core.k8s.ContainerKind;
import dev.kubeward.core.k8s.ContainerView;
import dev.kubeward.core.model.Field;
import java.util.Set;

/**
 * A probe the probe checks expect on long-running containers: the regular containers of pods
 * that are meant to keep running. Init containers run to completion (and a restartable init
 * container, a sidecar, may have probes but is not required to); ephemeral containers cannot
 * have probes. Pods of Jobs and CronJobs, and any pod whose restartPolicy is Never or
 * OnFailure, are tasks that finish, not services, so they are skipped.
 */
enum Probe {
  LIVENESS("livenessProbe", "a hung process is never restarted"),
  READINESS("readinessProbe", "it is sent traffic before it is ready and while it is failing");

  private static final Set<String> BATCH_KINDS = Set.of("Job", "CronJob");
  private static final Set<String> FINITE_RESTART_POLICIES = Set.of("Never", "OnFailure");

  private final String field;
  private final String consequence;

  Probe(String field, String consequence) {
    this.field = field;
    this.consequence = consequence;
  }

  void require(ContainerView container, Findings findings) {
    if (expectsProbes(container) && container.get(field).isEmpty()) {
      findings.at(container.field()).report("container %s has no %s: %s", container.name(), field, consequence);
    }
  }

  private static boolean expectsProbes(ContainerView container) {
    if (container.kind() != ContainerKind.CONTAINER || BATCH_KINDS.contains(container.pod().resource().kind())) {
      return false;
    }
    return container.pod().get("restartPolicy").flatMap(Field::text).filter(FINITE_RESTART_POLICIES::contains).isEmpty();
  }
}
