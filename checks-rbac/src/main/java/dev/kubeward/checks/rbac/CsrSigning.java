package dev.kubeward.checks.rbac;

import dev.kubeward.core.check.Category;
import dev.kubeward.core.check.CheckInfo;
import dev.kubeward.core.check.Severity;

import dev.kubeward.rbac.PolicyRule;
import dev.kubeward.rbac.Role;
import java.util.List;

/**
 * Signing a CSR takes sign on the signer (signers, certificates.k8s.io) and update on
 * certificatesigningrequests/status, where the certificate is written. A signer of the cluster's
 * CAs then issues whatever certificate its holder writes. Reported at the signers rule.
 */
@CheckInfo(
    id = "KW-0216",
    summary = "Role can sign certificate signing requests",
    severity = Severity.HIGH,
    category = Category.IDENTITY,
    remediation = "Leave signing to the signer controllers; grant sign only for signers of your own domain.",
    references = {"mitre:T1649"})
public final class CsrSigning extends RiskyGrantCheck {

  CsrSigning(RbacScan scan) {
    super(scan);
  }

  /** A rule finds something only if it grants sign on some signer ({@link Signers#granting}). */
  private static final long NEED = Sketch.need(List.of(Access.Probe.of("certificates.k8s.io", "signers", List.of("sign"), List.of())));

  @Override
  long need() {
    return NEED;
  }

  @Override
  List<String> grants(PolicyRule rule, Role role, Reach reach) {
    if (!reach.clusterScoped()) {
      return List.of(); // CSRs and signers are cluster-scoped: a RoleBinding grants neither
    }
    List<String> signers = Signers.granting(List.of(rule), "sign");
    if (signers.isEmpty()
        || !Access.anyRule(role.rules(), "certificates.k8s.io", "certificatesigningrequests", "status", List.of("update", "patch"))) {
      return List.of();
    }
    return List.of("sign on signers " + Messages.list(signers) + ", update certificatesigningrequests/status");
  }

  @Override
  String risk(String grants, Reach reach) {
    return "signs certificate signing requests (" + grants + ")";
  }
}
