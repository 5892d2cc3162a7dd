package dev.kubeward.checks.rbac;

import dev.kubeward.core.check.Category;
import dev.kubeward.core.check.CheckInfo;
import dev.kubeward.core.check.Severity;

import dev.kubeward.rbac.PolicyRule;
import dev.kubeward.rbac.Role;
import java.util.List;

/**
 * Whoever starts a pod chooses its service account, its Secrets and ConfigMaps, and (where Pod
 * Security admission allows) host access: creating pods is acting as any service account of the
 * namespace. Changing a workload's pod template starts pods just as well, so update and patch of
 * the controllers count, for any name.
 */
@CheckInfo(
    id = "KW-0206",
    summary = "Role can start pods, directly or through a workload controller",
    severity = Severity.HIGH,
    category = Category.IDENTITY,
    remediation = "Let a deployment pipeline's own service account create workloads, and grant people read access; restrict what pods may do with Pod Security admission.",
    references = {"cis:5.1.4", "mitre:T1610", "mitre:T1611", "mitre:T1078"})
public final class PodCreation extends RiskyGrantCheck {

  PodCreation(RbacScan scan) {
    super(scan);
  }

  private static final List<String> CREATE = List.of("create");
  private static final List<String> CHANGE = List.of("update", "patch");
  private static final List<Access.Probe> PROBES = List.of(
      Access.Probe.of(Access.CORE, "pods", List.of(), CREATE),
      Access.Probe.of("apps", "deployments", CHANGE, CREATE),
      Access.Probe.of("apps", "daemonsets", CHANGE, CREATE),
      Access.Probe.of("apps", "statefulsets", CHANGE, CREATE),
      Access.Probe.of("apps", "replicasets", CHANGE, CREATE),
      Access.Probe.of("batch", "jobs", CHANGE, CREATE),
      Access.Probe.of("batch", "cronjobs", CHANGE, CREATE),
      Access.Probe.of(Access.CORE, "replicationcontrollers", CHANGE, CREATE));

  private static final long NEED = Sketch.need(PROBES);

  @Override
  long need() {
    return NEED;
  }

  @Override
  List<String> grants(PolicyRule rule, Role role, Reach reach) {
    return Access.matches(rule, PROBES, reach);
  }

  @Override
  String risk(String grants, Reach reach) {
    return "starts pods (" + grants + ") that may run as any service account of "
        + (reach.clusterWide() ? "any namespace" : "the namespace") + " and mount its Secrets";
  }
}
