package dev.kubeward.checks.workload;

import dev.kubeward.core.check.Category;
import dev.kubeward.core.check.CheckInfo;
import dev.kubeward.core.check.Findings;
import dev.kubeward.core.check.Severity;
import dev.kubeward.core.model.Resource;

@CheckInfo(
    id = "KW-0056",
    summary = "Service is exposed on a port of every node",
    severity = Severity.MEDIUM,
    category = Category.NETWORK_EXPOSURE,
    remediation = "Use a ClusterIP Service behind an Ingress or Gateway, or a LoadBalancer restricted by source ranges.",
    references = {"nsa:network/network-policies", "mitre:T1190", "k8s:docs/concepts/services-networking/service/#type-nodeport"})
public final class ServiceNodePort implements CoreServiceCheck {

  @Override
  public void checkService(Resource service, Findings findings) {
    CoreServiceCheck.typed(service, "NodePort").ifPresent(t -> findings.at(t).report(
        "Service %s is of type NodePort: every node accepts its traffic, from wherever the node is reachable", service.name()));
  }
}
