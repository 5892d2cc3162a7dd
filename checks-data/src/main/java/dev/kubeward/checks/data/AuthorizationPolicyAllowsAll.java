package dev.kubeward.checks.data;

import dev.kubeward.core.check.Category;
import dev.kubeward.core.check.CheckInfo;
import dev.kubeward.core.check.Findings;
import dev.kubeward.core.check.ResourceCheck;
import dev.kubeward.core.check.Severity;
import dev.kubeward.core.model.Field;
import dev.kubeward.core.model.Resource;
import java.util.List;
import java.util.Set;

/**
 * An ALLOW policy (the default action) with a rule that has no from, to or when matches every
 * request, so it allows everything to the workloads it covers, and makes DENY-by-default
 * (an ALLOW policy elsewhere) moot for them. An ALLOW policy with no rules at all is the opposite:
 * it allows nothing, and is not reported.
 */
@CheckInfo(
    id = "KW-0583",
    summary = "Istio AuthorizationPolicy allows every request",
    severity = Severity.HIGH,
    category = Category.NETWORK_EXPOSURE,
    remediation = "Give the rule from (principals, namespaces), to (methods, paths, ports) or when conditions that name who may call what.",
    references = {"nsa:network/network-policies", "mitre:T1210"})
public final class AuthorizationPolicyAllowsAll implements ResourceCheck {

  @Override
  public Set<String> kinds() {
    return Set.of("AuthorizationPolicy");
  }

  @Override
  public void check(Resource ap, Findings findings) {
    if (!Mesh.security(ap)) {
      return;
    }
    String action = Fields.text(ap.root(), "spec", "action").orElse("ALLOW");
    if (!action.equals("ALLOW")) {
      return;
    }
    String root = findings.options().string("rootNamespace").orElse(Mesh.DEFAULT_ROOT_NAMESPACE);
    List<Field> rules = Fields.items(ap.root().at("spec", "rules"));
    for (int i = 0; i < rules.size(); i++) {
      Field rule = rules.get(i);
      if (rule.isMap() && List.of("from", "to", "when").stream().allMatch(k -> rule.get(k).map(Field::items).orElse(List.of()).isEmpty())) {
        findings.at(rule).report("AuthorizationPolicy %s: rule %d has no from, to or when, so it allows every request %s",
            ap.name(), i + 1, Mesh.scope(ap, root));
      }
    }
  }
}
