package dev.kubeward.checks.data;

import dev.kubeward.core.check.Category;
import dev.kubeward.core.check.CheckInfo;
import dev.kubeward.core.check.Findings;
import dev.kubeward.core.check.ResourceCheck;
import dev.kubeward.core.check.Severity;
import dev.kubeward.core.model.Field;
import dev.kubeward.core.model.Resource;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code tls.mode: DISABLE} in a DestinationRule makes clients' sidecars send plain text to the
 * host, overriding Istio's automatic mutual TLS; it can sit in the rule's traffic policy, in a
 * port's settings, or in a subset's policy (and that subset's ports).
 */
@CheckInfo(
    id = "KW-0582",
    summary = "Istio DestinationRule sends traffic in plain text (tls.mode DISABLE)",
    severity = Severity.MEDIUM,
    category = Category.DATA_PROTECTION,
    remediation = "Use tls.mode ISTIO_MUTUAL for hosts in the mesh (or remove the tls block to keep automatic mTLS), and SIMPLE or MUTUAL for hosts outside it.",
    references = {"nsa:network/encryption", "mitre:T1040", "mitre:T1557"})
public final class DestinationRuleDisablesTls implements ResourceCheck {

  @Override
  public Set<String> kinds() {
    return Set.of("DestinationRule");
  }

  @Override
  public void check(Resource dr, Findings findings) {
    if (!Mesh.networking(dr)) {
      return;
    }
    String host = Fields.text(dr.root(), "spec", "host").orElse("(no host)");
    List<Scoped> policies = new ArrayList<>();
    dr.root().at("spec", "trafficPolicy").ifPresent(p -> policies.add(new Scoped("", p)));
    for (Field subset : Fields.items(dr.root().at("spec", "subsets"))) {
      String name = Fields.text(subset, "name").orElse("?");
      subset.get("trafficPolicy").ifPresent(p -> policies.add(new Scoped(" (subset " + name + ")", p)));
    }
    for (Scoped s : policies) {
      disabled(s.policy()).ifPresent(m -> findings.at(m).report("DestinationRule %s sends traffic to %s%s in plain text: tls.mode is DISABLE",
          dr.name(), host, s.where()));
      for (Field port : Fields.items(s.policy().get("portLevelSettings"))) {
        String number = Fields.text(port, "port", "number").orElse("?");
        disabled(port).ifPresent(m -> findings.at(m).report("DestinationRule %s sends traffic to %s%s port %s in plain text: tls.mode is DISABLE",
            dr.name(), host, s.where(), number));
      }
    }
  }

  private record Scoped(String where, Field policy) {}

  private static java.util.Optional<Field> disabled(Field policy) {
    return policy.at("tls", "mode").filter(m -> m.text().filter("DISABLE"::equals).isPresent());
  }
}
