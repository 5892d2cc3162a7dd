package dev.kubeward.checks.rbac;

import dev.kubeward.core.check.Category;
import dev.kubeward.core.check.CheckInfo;
import dev.kubeward.core.check.Severity;

import dev.kubeward.rbac.PolicyRule;
import dev.kubeward.rbac.Role;
import java.util.List;

/**
 * Events record what happened to objects (a pod started, an image pulled, an exec denied):
 * deleting them hides an intrusion's traces from the people who look at the cluster.
 */
@CheckInfo(
    id = "KW-0219",
    summary = "Role can delete events",
    severity = Severity.LOW,
    category = Category.IDENTITY,
    remediation = "Remove delete and deletecollection on events; events expire by themselves.",
    references = {"mitre:T1070"})
public final class EventDeletion extends RiskyGrantCheck {

  EventDeletion(RbacScan scan) {
    super(scan);
  }

  private static final List<Access.Probe> PROBES = List.of(
      Access.Probe.of(Access.CORE, "events", List.of("delete"), List.of("deletecollection")),
      Access.Probe.of("events.k8s.io", "events", List.of("delete"), List.of("deletecollection")));

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
    return "deletes events (" + grants + "), erasing traces";
  }
}
