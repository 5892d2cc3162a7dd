package dev.kubeward.checks.workload;

import dev.kubeward.core.check.Category;
import dev.kubeward.core.check.CheckInfo;
import dev.kubeward.core.check.Findings;
import dev.kubeward.core.check.Severity;
import dev.kubeward.core.model.Field;
import dev.kubeward.core.model.Resource;

@CheckInfo(
    id = "KW-0058",
    summary = "Service sets externalIPs",
    severity = Severity.MEDIUM,
    category = Category.NETWORK_EXPOSURE,
    remediation = "Remove spec.externalIPs and use a LoadBalancer or Ingress; block the field cluster-wide with an admission policy.",
    references = {"cis:1.2.3", "cve:CVE-2020-8554", "mitre:T1557", "k8s:docs/concepts/services-networking/service/#external-ips"})
public final class ServiceExternalIps implements CoreServiceCheck {

  @Override
  public void checkService(Resource service, Findings findings) {
    service.root().at("spec", "externalIPs")
        .filter(ips -> !ips.items().isEmpty())
        .ifPresent(ips -> findings.at(ips).report(
            "Service %s sets externalIPs (%s): the cluster intercepts all traffic to these addresses, whoever owns them (CVE-2020-8554)",
            service.name(), String.join(", ", ips.items().stream().map(i -> i.text().orElse("?")).toList())));
  }
}
