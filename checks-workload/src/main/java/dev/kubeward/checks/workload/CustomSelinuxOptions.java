package dev.kubeward.checks.workload;

import dev.kubeward.core.check.Category;
import dev.kubeward.core.check.CheckInfo;
import dev.kubeward.core.check.ContainerCheck;
import dev.kubeward.core.check.Findings;
import dev.kubeward.core.check.Severity;
import dev.kubeward.core.k8s.ContainerView;
import dev.kubeward.core.model.Field;
import java.util.Set;

/**
 * Follows Pod Security baseline: any SELinux user or role, or a type outside the container
 * types, is custom; the level (MCS categories) may be set.
 */
@CheckInfo(
    id = "KW-0010",
    summary = "Container sets custom SELinux options",
    severity = Severity.MEDIUM,
    category = Category.POD_SECURITY,
    remediation = "Remove seLinuxOptions.user and role, and leave type unset or set it to container_t.",
    references = {"pss:baseline/seLinuxOptions", "nsa:pod-security/hardening", "mitre:T1611"})
public final class CustomSelinuxOptions implements ContainerCheck {

  private static final Set<String> CONTAINER_TYPES =
      Set.of("container_t", "container_init_t", "container_kvm_t", "container_engine_t");

  @Override
  public void check(ContainerView container, Findings findings) {
    container.securityContext().seLinuxOptions().ifPresent(options -> {
      for (String key : new String[] {"user", "role", "type"}) {
        options.get(key)
            .filter(f -> f.text().filter(v -> !v.isBlank()).isPresent())
            .filter(f -> !key.equals("type") || !CONTAINER_TYPES.contains(f.text().orElseThrow()))
            .ifPresent(f -> findings.at(f).report(
                "container %s sets SELinux %s %s", container.name(), key, f.text().orElseThrow()));
      }
    });
  }
}
