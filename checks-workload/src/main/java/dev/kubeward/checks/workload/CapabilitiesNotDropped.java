package dev.kubeward.checks.workload;

import dev.kubeward.core.check.Category;
import dev.kubeward.core.check.CheckInfo;
import dev.kubeward.core.check.ContainerCheck;
import dev.kubeward.core.check.Findings;
import dev.kubeward.core.check.Severity;
import dev.kubeward.core.k8s.ContainerView;
import dev.kubeward.core.model.Field;
import java.util.List;
import java.util.Optional;

/** Windows pods are left out: the API server rejects capabilities on them. */
@CheckInfo(
    id = "KW-0007",
    summary = "Container keeps the default capabilities",
    severity = Severity.LOW,
    category = Category.POD_SECURITY,
    remediation = "Set securityContext.capabilities.drop to [ALL] and add back only the capabilities the process needs.",
    references = {"pss:restricted/capabilities", "cis:5.2.10", "nsa:pod-security/enforcement"})
public final class CapabilitiesNotDropped implements ContainerCheck {

  @Override
  public void check(ContainerView container, Findings findings) {
    if (container.pod().isWindows()) {
      return;
    }
    var sc = container.securityContext();
    Optional<Field> drop = sc.own("capabilities", "drop");
    boolean dropsAll = false;
    for (Field item : drop.map(Field::items).orElse(List.of())) {
      if (Capabilities.name(item).filter(Capabilities.ALL::equals).isPresent()) {
        dropsAll = true;
        break;
      }
    }
    if (!dropsAll) {
      findings.at(drop.or(sc::capabilities).orElse(sc.anchor()))
          .report("container %s does not drop ALL capabilities", container.name());
    }
  }
}
