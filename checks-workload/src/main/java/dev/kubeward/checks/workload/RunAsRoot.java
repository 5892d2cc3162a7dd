package dev.kubeward.checks.workload;

import dev.kubeward.core.check.Category;
import dev.kubeward.core.check.CheckInfo;
import dev.kubeward.core.check.ContainerCheck;
import dev.kubeward.core.check.Findings;
import dev.kubeward.core.check.Severity;
import dev.kubeward.core.k8s.ContainerView;
import dev.kubeward.core.model.Field;
import java.util.Optional;

/**
 * A non-zero runAsUser settles it whatever runAsNonRoot says; without one, only runAsNonRoot: true
 * keeps the kubelet from starting an image whose user is root. A pod in its own user namespace
 * is left out: its root is not the node's ({@link UserNamespaces}).
 */
@CheckInfo(
    id = "KW-0003",
    summary = "Container may run as root",
    severity = Severity.HIGH,
    category = Category.POD_SECURITY,
    remediation = "Set securityContext.runAsNonRoot to true and runAsUser to a non-zero UID, on the pod or the container.",
    references = {"pss:restricted/runAsNonRoot", "pss:restricted/runAsUser", "cis:5.2.7", "nsa:pod-security/non-root", "mitre:T1611"})
public final class RunAsRoot implements ContainerCheck {

  @Override
  public void check(ContainerView container, Findings findings) {
    if (UserNamespaces.isolates(container.pod())) {
      return;
    }
    var sc = container.securityContext();
    var uid = sc.runAsUserValue();
    if (uid.isPresent()) {
      if (uid.getAsLong() == 0) {
        findings.at(sc.runAsUser().orElseThrow()).report("container %s runs as UID 0", container.name());
      }
      return;
    }
    Optional<Field> nonRoot = sc.runAsNonRoot();
    if (nonRoot.flatMap(Field::bool).equals(Optional.of(false))) {
      findings.at(nonRoot.get()).report(
          "container %s sets runAsNonRoot to false and no runAsUser: it runs as root when the image does", container.name());
    } else if (!sc.isTrue(nonRoot)) {
      findings.at(sc.anchor()).report(
          "container %s may run as root: it sets neither runAsNonRoot: true nor a non-zero runAsUser", container.name());
    }
  }
}
