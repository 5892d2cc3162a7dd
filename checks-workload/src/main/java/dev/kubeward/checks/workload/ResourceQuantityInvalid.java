package dev.kubeward.checks.workload;

import dev.kubeward.core.check.Category;
import dev.kubeward.core.check.CheckInfo;
import dev.kubeward.core.check.ContainerCheck;
import dev.kubeward.core.check.Findings;
import dev.kubeward.core.check.Severity;
import dev.kubeward.core.k8s.ContainerView;
import dev.kubeward.core.k8s.Quantity;
import dev.kubeward.core.model.Field;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

@CheckInfo(
    id = "KW-0045",
    summary = "Container resource quantity is invalid or requests more than its limit",
    severity = Severity.MEDIUM,
    category = Category.RESOURCE_MANAGEMENT,
    remediation = "Write quantities such as 250m, 0.5 or 512Mi, never negative, with each request at most its limit.",
    references = {"k8s:docs/reference/kubernetes-api/common-definitions/quantity/"})
public final class ResourceQuantityInvalid implements ContainerCheck {

  @Override
  public void check(ContainerView container, Findings findings) {
    Optional<Field> resources = container.resources();
    if (resources.isEmpty()) {
      return;
    }
    List<Field.Entry> requests = resources.get().get("requests").map(Field::entries).orElse(List.of());
    List<Field.Entry> limits = resources.get().get("limits").map(Field::entries).orElse(List.of());
    // Each value parsed once, for its own validity and for the request-to-limit comparison.
    List<Optional<BigDecimal>> requested = judge(container, "requests", requests, findings);
    List<Optional<BigDecimal>> limited = judge(container, "limits", limits, findings);
    for (int i = 0; i < requests.size(); i++) {
      Field.Entry request = requests.get(i);
      int l = indexOf(limits, request.key());
      if (l < 0 || requested.get(i).isEmpty() || limited.get(l).isEmpty()) {
        continue;
      }
      if (requested.get(i).get().compareTo(limited.get(l).get()) > 0) {
        findings.at(request.value()).report("container %s requests more %s than its limit allows (%s > %s)",
            container.name(), request.key(), request.value().text().orElse(""), limits.get(l).value().text().orElse(""));
      }
    }
  }

  /** Reports the section's values that are no valid quantity or negative; returns each value parsed. */
  private static List<Optional<BigDecimal>> judge(
      ContainerView container, String section, List<Field.Entry> entries, Findings findings) {
    List<Optional<BigDecimal>> parsed = new ArrayList<>(entries.size());
    for (Field.Entry e : entries) {
      Optional<BigDecimal> value = e.value().text().flatMap(Quantity::parse);
      parsed.add(value);
      if (value.isEmpty()) {
        String found = e.value().text().map(t -> "\"" + t + "\"").orElse(e.value().shape());
        findings.at(e.value()).report("container %s: resources.%s.%s is %s, not a valid quantity", container.name(), section, e.key(), found);
      } else if (value.get().signum() < 0) {
        findings.at(e.value()).report("container %s: resources.%s.%s is negative", container.name(), section, e.key());
      }
    }
    return parsed;
  }

  private static int indexOf(List<Field.Entry> entries, String key) {
    for (int i = 0; i < entries.size(); i++) {
      if (entries.get(i).key().equals(key)) {
        return i;
      }
    }
    return -1;
  }
}
