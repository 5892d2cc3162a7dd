package dev.kubeward.checks.rbac;

import dev.kubeward.core.check.Category;
import dev.kubeward.core.check.CheckInfo;
import dev.kubeward.core.check.Severity;

import dev.kubeward.rbac.PolicyRule;
import dev.kubeward.rbac.Role;
import java.util.List;

/**
 * A mutating webhook sees and rewrites every object it selects (Secrets, pods: it can add a
 * container to each); removing a validating webhook or admission policy switches a guard off.
 * Covers the webhook configurations and the validating and mutating admission policies and
 * their bindings.
 */
@CheckInfo(
    id = "KW-0217",
    summary = "Role can change admission webhooks or policies",
    severity = Severity.HIGH,
    category = Category.IDENTITY,
    remediation = "Leave admission configuration to cluster administrators and the components that install it.",
    references = {"cis:5.1.12", "mitre:T1562.001", "mitre:T1557"})
public final class AdmissionControlWrite extends RiskyGrantCheck {

  AdmissionControlWrite(RbacScan scan) {
    super(scan);
  }

  private static final List<String> CHANGE = List.of("update", "patch", "delete");
  private static final List<String> BULK = List.of("create", "deletecollection");
  private static final List<Access.Probe> PROBES = List.of(
      Access.Probe.of("admissionregistration.k8s.io", "mutatingwebhookconfigurations", CHANGE, BULK),
      Access.Probe.of("admissionregistration.k8s.io", "validatingwebhookconfigurations", CHANGE, BULK),
      Access.Probe.of("admissionregistration.k8s.io", "mutatingadmissionpolicies", CHANGE, BULK),
      Access.Probe.of("admissionregistration.k8s.io", "mutatingadmissionpolicybindings", CHANGE, BULK),
      Access.Probe.of("admissionregistration.k8s.io", "validatingadmissionpolicies", CHANGE, BULK),
      Access.Probe.of("admissionregistration.k8s.io", "validatingadmissionpolicybindings", CHANGE, BULK));

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
    return "changes admission control (" + grants + "): it can intercept or rewrite every object, or switch a guard off";
  }
}
