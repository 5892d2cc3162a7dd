package dev.kubeward.checks.workload;

import dev.kubeward.core.check.Category;
import dev.kubeward.core.check.CheckInfo;
import dev.kubeward.core.check.Findings;
import dev.kubeward.core.check.Severity;
import dev.kubeward.core.model.Field;
import dev.kubeward.core.model.Resource;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A load balancer is open to the internet unless it is internal (a cloud's internal-LB
 * annotation) or its source ranges, in the spec or the annotation, name something narrower
 * than everyone. Ranges that are all {@code 0.0.0.0/0} or {@code ::/0} count as everyone.
 */
@CheckInfo(
    id = "KW-0057",
    summary = "LoadBalancer Service accepts traffic from any source",
    severity = Severity.MEDIUM,
    category = Category.NETWORK_EXPOSURE,
    remediation = "List the client networks in spec.loadBalancerSourceRanges, or make the load balancer internal with your cloud's annotation.",
    references = {"nsa:network/network-policies", "mitre:T1190", "k8s:docs/tasks/access-application-cluster/create-external-load-balancer/"})
public final class LoadBalancerWithoutSourceRanges implements CoreServiceCheck {

  private static final String RANGES_ANNOTATION = "service.beta.kubernetes.io/load-balancer-source-ranges";
  private static final Set<String> EVERYONE = Set.of("0.0.0.0/0", "::/0");

  private static final Map<String, Predicate<String>> INTERNAL = Map.of(
      "service.beta.kubernetes.io/aws-load-balancer-internal", v -> !v.equals("false"),
      "service.beta.kubernetes.io/aws-load-balancer-scheme", "internal"::equals,
      "networking.gke.io/load-balancer-type", "internal"::equals,
      "cloud.google.com/load-balancer-type", "internal"::equals,
      "service.beta.kubernetes.io/azure-load-balancer-internal", "true"::equals,
      "service.beta.kubernetes.io/oci-load-balancer-internal", "true"::equals,
      "service.beta.kubernetes.io/openstack-internal-load-balancer", "true"::equals);

  @Override
  public void checkService(Resource service, Findings findings) {
    Optional<Field> type = CoreServiceCheck.typed(service, "LoadBalancer");
    if (type.isEmpty()) {
      return;
    }
    Map<String, String> annotations = service.annotations();
    if (internal(annotations)) {
      return;
    }
    Optional<Field> spec = service.root().at("spec", "loadBalancerSourceRanges").filter(f -> !f.items().isEmpty());
    List<String> cidrs = spec.map(f -> f.items().stream().flatMap(i -> i.text().stream()).toList())
        .orElseGet(() -> List.of(annotations.getOrDefault(RANGES_ANNOTATION, "").split(",")))
        .stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    if (cidrs.isEmpty()) {
      findings.at(type.get()).report("Service %s is of type LoadBalancer with no source ranges: anyone who can reach it may connect", service.name());
    } else if (EVERYONE.containsAll(cidrs)) {
      Field ranges = spec.or(() -> service.root().at("metadata", "annotations", RANGES_ANNOTATION)).orElse(type.get());
      findings.at(ranges).report("Service %s allows every source (%s) through its load balancer", service.name(), String.join(", ", cidrs));
    }
  }

  private static boolean internal(Map<String, String> annotations) {
    for (Map.Entry<String, Predicate<String>> e : INTERNAL.entrySet()) {
      String value = annotations.get(e.getKey());
      if (value != null && e.getValue().test(value.strip().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }
}
