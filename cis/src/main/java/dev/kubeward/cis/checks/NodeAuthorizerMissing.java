package dev.kubeward.cis.checks;

import dev.kubeward.core.check.Category;
import dev.kubeward.core.check.CheckInfo;
import dev.kubeward.core.check.Severity;

@CheckInfo(
    id = "KW-0406",
    summary = "API server does not restrict kubelets with the Node authorizer",
    severity = Severity.MEDIUM,
    category = Category.IDENTITY,
    remediation = "Include Node in --authorization-mode, e.g. --authorization-mode=Node,RBAC.",
    references = {"cis:1.2.7", "mitre:T1078"})
public final class NodeAuthorizerMissing extends AuthorizerMissing {

  public NodeAuthorizerMissing() {
    super("1.2.7", "Node", "kubelets are authorized by RBAC alone, where system:nodes can read every Secret and ConfigMap rather than those of its own pods");
  }
}
