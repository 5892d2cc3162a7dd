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
 * keeps the kubelet from starting an image whose user is root. On Windows the user is
 * windowsOptions.runAsUserName (runAsUser is not allowed there) and root is ContainerAdministrator.
 * A pod in its own user namespace is left out: its root is not the node's ({@link UserNamespaces}).
 */
@CheckInfo(
    id = "KW-0003",
    summary = "Container may run as root",
    severity = Severity.MEDIUM,
    category = Category.POD_SECURITY,
    remediation = "Set securityContext.runAsNonRoot to true and runAsUser to a non-zero UID (on Windows, windowsOptions.runAsUserName to a non-administrator), on the pod or the container.",
    references = {"pss:restricted/runAsNonRoot", "pss:restricted/runAsUser", "cis:5.2.7", "nsa:pod-security/non-root", "mitre:T1611"})
public final class RunAsRoot implements ContainerCheck {

  /** The Windows user the kubelet counts as root when it enforces runAsNonRoot. */
  private static final String WINDOWS_ROOT = "ContainerAdministrator";

  @Override
  public void check(ContainerView container, Findings findings) {
    if (UserNamespaces.isolates(container.pod())) {
      return;
    }
    var sc = container.securityContext();
    boolean windows = container.pod().isWindows();
    Optional<Field> user = windows
        ? sc.inheritedAt("windowsOptions", "runAsUserName").filter(f -> f.text().isPresent())
        : sc.runAsUser().filter(f -> f.integer().isPresent());
    if (user.isPresent()) {
      boolean root = windows ? user.get().text().orElseThrow().equalsIgnoreCase(WINDOWS_ROOT) : user.get().integer().getAsLong() == 0;
      if (root) {
        findings.at(user.get()).report("container %s runs as %s", container.name(), windows ? WINDOWS_ROOT : "UID 0");
      }
      return;
    }
    Optional<Field> nonRoot = sc.runAsNonRoot();
    if (nonRoot.flatMap(Field::bool).equals(Optional.of(false))) {
      findings.at(nonRoot.get()).report("container %s sets runAsNonRoot to false and no %s: it runs as root when the image does",
          container.name(), windows ? "runAsUserName" : "runAsUser");
    } else if (!sc.isTrue(nonRoot)) {
      findings.at(sc.anchor()).report("container %s may run as root: it sets neither runAsNonRoot: true nor %s",
          container.name(), windows ? "a runAsUserName other than " + WINDOWS_ROOT : "a non-zero runAsUser");
    }
  }
}
