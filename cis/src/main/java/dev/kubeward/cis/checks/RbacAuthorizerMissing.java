package dev.kubeward.cis.checks;

import dev.kubeward.core.check.Category;
import dev.kubeward.core.check.CheckInfo;
import dev.kubeward.core.check.Severity;

@CheckInfo(
    id = "KW-0407",
    summary = "API server does not authorize with RBAC",
    severity = Severity.HIGH,
    category = Category.IDENTITY,
    remediation = "Include RBAC in --authorization-mode, e.g. --authorization-mode=Node,RBAC.",
    references = {"cis:1.2.8", "mitre:T1078"})
public final class RbacAuthorizerMissing extends AuthorizerMissing {

  public RbacAuthorizerMissing() {
    super("1.2.8", "RBAC", "Roles and RoleBindings have no effect, so access cannot be granted by least privilege");
  }
}
