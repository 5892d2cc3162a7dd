package dev.kubeward.checks.workload;

import dev.kubeward.core.check.Category;
import dev.kubeward.core.check.CheckInfo;
import dev.kubeward.core.check.ContainerCheck;
import dev.kubeward.core.check.Findings;
import dev.kubeward.core.check.Severity;
import dev.kubeward.core.k8s.ContainerView;
import dev.kubeward.core.model.Field;
import java.util.List;

@CheckInfo(
    id = "KW-0018",
    summary = "Container binds a host port",
    severity = Severity.MEDIUM,
    category = Category.NETWORK_EXPOSURE,
    remediation = "Remove ports[].hostPort and expose the container through a Service.",
    references = {"pss:baseline/hostPorts", "cis:5.2.13", "nsa:pod-security/enforcement"})
public final class HostPortUsed implements ContainerCheck {

  @Override
  public void check(ContainerView container, Findings findings) {
    for (Field port : container.get("ports").map(Field::items).orElse(List.of())) {
      port.get("hostPort")
          .filter(f -> f.integer().orElse(0) != 0)
          .ifPresent(f -> findings.at(f).report("container %s binds host port %s on the node", container.name(), f.text().orElseThrow()));
    }
  }
}
