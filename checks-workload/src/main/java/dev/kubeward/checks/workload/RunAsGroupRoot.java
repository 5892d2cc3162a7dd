package dev.kubeward.checks.workload;

import dev.kubeward.core.check.Category;
import dev.kubeward.core.check.CheckInfo;
import dev.kubeward.core.check.ContainerCheck;
import dev.kubeward.core.check.Findings;
import dev.kubeward.core.check.Severity;
import dev.kubeward.core.k8s.ContainerView;
import dev.kubeward.core.model.Field;
import java.util.List;
import java.util.OptionalLong;

/**
 * fsGroup and supplementalGroups are pod settings, but every container's processes get them, so
 * like runAsGroup they are reported for each container. An unset runAsGroup is not reported: the
 * image's group then applies, which this check cannot see. A pod in its own user namespace is
 * left out: its GID 0 is not the node's ({@link UserNamespaces}).
 */
@CheckInfo(
    id = "KW-0023",
    summary = "Container runs with the root group",
    severity = Severity.LOW,
    category = Category.POD_SECURITY,
    remediation = "Set runAsGroup, fsGroup and supplementalGroups to non-zero GIDs.",
    references = {"nsa:pod-security/non-root"})
public final class RunAsGroupRoot implements ContainerCheck {

  @Override
  public void check(ContainerView container, Findings findings) {
    if (UserNamespaces.isolates(container.pod())) {
      return;
    }
    var sc = container.securityContext();
    sc.inherited("runAsGroup").filter(RunAsGroupRoot::isRoot)
        .ifPresent(f -> findings.at(f).report("container %s runs with GID 0", container.name()));
    sc.podContext().flatMap(p -> p.get("fsGroup")).filter(RunAsGroupRoot::isRoot)
        .ifPresent(f -> findings.at(f).report("container %s gets the root group through fsGroup 0", container.name()));
    for (Field group : sc.podContext().flatMap(p -> p.get("supplementalGroups")).map(Field::items).orElse(List.of())) {
      if (isRoot(group)) {
        findings.at(group).report("container %s gets the root group through supplementalGroups", container.name());
      }
    }
  }

  private static boolean isRoot(Field gid) {
    return gid.integer().equals(OptionalLong.of(0));
  }
}
