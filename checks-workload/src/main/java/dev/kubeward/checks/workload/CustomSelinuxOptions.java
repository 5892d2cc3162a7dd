package dev.kubeward.checks.workload;

import dev.kubeward.core.check.Category;
import dev.kubeward.core.check.CheckInfo;
import dev.kubeward.core.check.ContainerCheck;
import dev.kubeward.core.check.Findings;
import dev.kubeward.core.check.Severity;
import dev.kubeward.core.k8s.ContainerView;
import dev.kubeward.core.model.Field;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Follows Pod Security baseline: any SELinux user or role, or a type outside the container
 * types, is custom; the level (MCS categories) may be set. A container's seLinuxOptions replace
 * the pod's as a whole, but the pod's still label its sandbox, so Pod Security judges them on their
 * own and so does this check, also where a container sets its own.
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
    var sc = container.securityContext();
    sc.seLinuxOptions().ifPresent(options -> custom(options, (f, what) -> findings.at(f).report(
        "container %s sets SELinux %s", container.name(), what)));
    if (sc.own("seLinuxOptions").isPresent()) {
      sc.podContext().flatMap(p -> p.get("seLinuxOptions")).ifPresent(options -> custom(options, (f, what) -> findings.at(f)
          .report("pod sets SELinux %s for its sandbox, though container %s sets its own options", what, container.name())));
    }
  }

  /** Calls {@code report} with each custom setting of {@code options} and its description ("type spc_t"). */
  private static void custom(Field options, BiConsumer<Field, String> report) {
    for (String key : new String[] {"user", "role", "type"}) {
      options.get(key)
          .filter(f -> f.text().filter(v -> !v.isBlank()).isPresent())
          .filter(f -> !key.equals("type") || !CONTAINER_TYPES.contains(f.text().orElseThrow()))
          .ifPresent(f -> report.accept(f, key + " " + f.text().orElseThrow()));
    }
  }
}
