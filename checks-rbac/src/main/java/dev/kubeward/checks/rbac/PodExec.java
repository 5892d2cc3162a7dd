package dev.kubeward.checks.rbac;

import dev.kubeward.core.check.Category;
import dev.kubeward.core.check.CheckInfo;
import dev.kubeward.core.check.Severity;

import dev.kubeward.rbac.PolicyRule;
import dev.kubeward.rbac.Role;
import java.util.List;

/**
 * pods/exec and pods/attach (create, and get: a WebSocket connection is a GET) run commands in a
 * container; adding an ephemeral container (update or patch pods/ephemeralcontainers) starts a new
 * one in the pod. Each gives the pod's service account token, its Secrets and its host access.
 */
@CheckInfo(
    id = "KW-0207",
    summary = "Role can run commands in running pods",
    severity = Severity.HIGH,
    category = Category.IDENTITY,
    remediation = "Grant pods/exec, pods/attach and pods/ephemeralcontainers only to break-glass roles, bound for the time they are needed.",
    references = {"mitre:T1609", "mitre:T1552.007", "mitre:T1611"})
public final class PodExec extends RiskyGrantCheck {

  PodExec(RbacScan scan) {
    super(scan);
  }

  private static final List<String> CONNECT = List.of("create", "get");
  private static final List<Access.Probe> PROBES = List.of(
      Access.Probe.of(Access.CORE, "pods/exec", CONNECT, List.of()),
      Access.Probe.of(Access.CORE, "pods/attach", CONNECT, List.of()),
      Access.Probe.of(Access.CORE, "pods/ephemeralcontainers", List.of("update", "patch"), List.of()));

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
    return "runs commands in running pods (" + grants + "), with their service account tokens and Secrets";
  }
}
