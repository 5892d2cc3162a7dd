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
    for (String section : new String[] {"requests", "limits"}) {
      for (Field.Entry e : container.get("resources", section).map(Field::entries).orElse(List.of())) {
        Optional<BigDecimal> value = e.value().text().flatMap(Quantity::parse);
        if (value.isEmpty()) {
          String found = e.value().text().map(t -> "\"" + t + "\"").orElse(e.value().shape());
          findings.at(e.value()).report("container %s: resources.%s.%s is %s, not a valid quantity", container.name(), section, e.key(), found);
        } else if (value.get().signum() < 0) {
          findings.at(e.value()).report("container %s: resources.%s.%s is negative", container.name(), section, e.key());
        }
      }
    }
    for (Field.Entry request : container.get("resources", "requests").map(Field::entries).orElse(List.of())) {
      String req = request.value().text().orElse("");
      String limit = container.get("resources", "limits", request.key()).flatMap(Field::text).orElse("");
      if (exceeds(req, limit)) {
        findings.at(request.value()).report("container %s requests more %s than its limit allows (%s > %s)",
            container.name(), request.key(), req, limit);
      }
    }
  }

  private static boolean exceeds(String request, String limit) {
    Optional<BigDecimal> r = Quantity.parse(request);
    Optional<BigDecimal> l = Quantity.parse(limit);
    return r.isPresent() && l.isPresent() && r.get().compareTo(l.get()) > 0;
  }
}
