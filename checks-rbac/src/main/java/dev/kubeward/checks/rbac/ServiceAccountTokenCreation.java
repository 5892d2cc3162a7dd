package dev.kubeward.checks.rbac;

import dev.kubeward.core.check.Category;
import dev.kubeward.core.check.CheckInfo;
import dev.kubeward.core.check.Severity;

import dev.kubeward.rbac.PolicyRule;
import dev.kubeward.rbac.Role;
import java.util.List;

/**
 * {@code create serviceaccounts/token} (the TokenRequest API) mints a token of a service account:
 * the holder then acts as that account, with everything it is granted.
 */
@CheckInfo(
    id = "KW-0212",
    summary = "Role can issue service account tokens",
    severity = Severity.HIGH,
    category = Category.IDENTITY,
    remediation = "Remove create on serviceaccounts/token, or limit it with resourceNames to the service accounts the subject manages.",
    references = {"cis:5.1.13", "mitre:T1528", "mitre:T1078"})
public final class ServiceAccountTokenCreation extends RiskyGrantCheck {

  ServiceAccountTokenCreation(RbacScan scan) {
    super(scan);
  }

  private static final List<Access.Probe> PROBES =
      List.of(Access.Probe.of(Access.CORE, "serviceaccounts/token", List.of("create"), List.of()));

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
    return "issues tokens of service accounts " + (reach.clusterWide() ? "of every namespace" : "of the namespace")
        + " (" + grants + ")";
  }
}
