package dev.kubeward.checks.workload;

import dev.kubeward.core.check.Category;
import dev.kubeward.core.check.CheckInfo;
import dev.kubeward.core.check.ContainerCheck;
import dev.kubeward.core.check.Findings;
import dev.kubeward.core.check.Severity;
import dev.kubeward.core.k8s.ContainerView;
import java.util.Optional;

/**
 * Unset means Unconfined unless the kubelet runs with --seccomp-default, which a manifest cannot
 * tell. Only the fields count ({@link SecurityProfiles}); a leftover seccomp annotation is named in
 * the message, since its author believes the container confined. Windows pods are left out: the
 * API server rejects seccompProfile on them.
 */
@CheckInfo(
    id = "KW-0008",
    summary = "Container runs without a seccomp profile",
    severity = Severity.MEDIUM,
    category = Category.POD_SECURITY,
    remediation = "Set securityContext.seccompProfile.type to RuntimeDefault (or Localhost with a profile) on the pod or the container.",
    references = {"pss:baseline/seccompProfile", "pss:restricted/seccompProfile", "cis:5.7.2", "nsa:pod-security/hardening", "mitre:T1611"})
public final class SeccompProfileMissing implements ContainerCheck {

  @Override
  public void check(ContainerView container, Findings findings) {
    if (container.pod().isWindows()) {
      return;
    }
    Optional<SecurityProfiles.Profile> profile = SecurityProfiles.seccomp(container);
    if (profile.isEmpty()) {
      var reporter = findings.at(container.securityContext().anchor());
      SecurityProfiles.legacySeccompAnnotation(container).ifPresentOrElse(
          annotation -> reporter.report("container %s sets no seccomp profile: its %s annotation has been ignored "
              + "since Kubernetes v1.27, so it runs Unconfined on most nodes", container.name(), annotation),
          () -> reporter.report("container %s sets no seccomp profile, so it runs Unconfined on most nodes", container.name()));
    } else if (profile.get().type() == SecurityProfiles.Type.UNCONFINED) {
      findings.at(profile.get().source()).report("container %s runs with seccomp Unconfined", container.name());
    }
  }
}
