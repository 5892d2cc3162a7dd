package dev.kubeward.checks.rbac;

import dev.kubeward.core.check.Category;
import dev.kubeward.core.check.CheckInfo;
import dev.kubeward.core.check.Severity;

import dev.kubeward.rbac.PolicyRule;
import dev.kubeward.rbac.Role;
import java.util.List;

/**
 * Approving a CSR takes update (or patch) on certificatesigningrequests/approval and approve on
 * the signer (signers, certificates.k8s.io). With both in one role, its holder gets certificates
 * issued for any name the signer accepts: for kubernetes.io/kube-apiserver-client, any user and
 * group, system:masters included. Reported at the rule that grants the approval subresource.
 */
@CheckInfo(
    id = "KW-0215",
    summary = "Role can approve certificate signing requests",
    severity = Severity.HIGH,
    category = Category.IDENTITY,
    remediation = "Leave CSR approval to the controllers that do it; grant approve only for signers of your own domain.",
    references = {"cis:5.1.11", "mitre:T1649"})
public final class CsrApproval extends RiskyGrantCheck {

  CsrApproval(RbacScan scan) {
    super(scan);
  }

  private static final String GROUP = "certificates.k8s.io";

  /** A rule finds something only if it grants the approval subresource. */
  private static final long NEED = Sketch.need(List.of(
      Access.Probe.of(GROUP, "certificatesigningrequests/approval", List.of("update", "patch"), List.of())));

  @Override
  long need() {
    return NEED;
  }

  @Override
  List<String> grants(PolicyRule rule, Role role, Reach reach) {
    if (!reach.clusterScoped()) {
      return List.of(); // CSRs and signers are cluster-scoped: a RoleBinding grants neither
    }
    List<String> approval = Access.verbs(rule, GROUP, "certificatesigningrequests", "approval", List.of("update", "patch"));
    List<String> signers = approval.isEmpty() ? List.of() : Signers.granting(role.rules(), "approve");
    return signers.isEmpty() ? List.of()
        : List.of(String.join(", ", approval) + " certificatesigningrequests/approval, approve on signers " + Messages.list(signers));
  }

  @Override
  String risk(String grants, Reach reach) {
    return "approves certificate signing requests (" + grants + ")";
  }
}
