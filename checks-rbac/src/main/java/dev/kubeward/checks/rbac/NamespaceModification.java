package dev.kubeward.checks.rbac;

import dev.kubeward.core.check.Category;
import dev.kubeward.core.check.CheckInfo;
import dev.kubeward.core.check.Severity;

import dev.kubeward.rbac.PolicyRule;
import dev.kubeward.rbac.Role;
import java.util.List;

/**
 * A namespace's pod-security.kubernetes.io labels set the Pod Security level admission enforces
 * there: whoever can update or patch the namespace can lower it to privileged and then run
 * privileged pods.
 */
@CheckInfo(
    id = "KW-0222",
    summary = "Role can change namespaces and their Pod Security labels",
    severity = Severity.MEDIUM,
    category = Category.POD_SECURITY,
    remediation = "Leave namespace changes to cluster administrators; enforce namespace labels with an admission policy.",
    references = {"mitre:T1562.001"})
public final class NamespaceModification extends RiskyGrantCheck {

  NamespaceModification(RbacScan scan) {
    super(scan);
  }

  private static final List<Access.Probe> PROBES =
      List.of(Access.Probe.of(Access.CORE, "namespaces", List.of("update", "patch"), List.of()));

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
    return "changes namespaces (" + grants + "), their Pod Security labels included";
  }
}
