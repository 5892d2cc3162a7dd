package dev.kubeward.checks.rbac;

import dev.kubeward.core.check.Category;
import dev.kubeward.core.check.CheckInfo;
import dev.kubeward.core.check.Severity;
import dev.kubeward.rbac.PolicyRule;
import dev.kubeward.rbac.Role;
import java.util.List;

/**
 * {@code apiGroups: ["*"]} matches the named resources in every API group, so a custom
 * resource of the same name installed later is granted too. Reported only when the resources are
 * named: a rule with {@code *} resources too is {@link WildcardResource}'s.
 */
@CheckInfo(
    id = "KW-0203",
    summary = "Role rule names every API group with a wildcard",
    severity = Severity.LOW,
    category = Category.IDENTITY,
    remediation = "List the API groups of the resources the subject needs instead of \"*\".",
    references = {"cis:5.1.3", "mitre:T1078"})
public final class WildcardApiGroup extends RiskyGrantCheck {

  WildcardApiGroup(RbacScan scan) {
    super(scan);
  }

  @Override
  RbacObject.Place at(RbacObject.RulePlaces rule) {
    return rule.apiGroups();
  }

  @Override
  List<String> grants(PolicyRule rule, Role role, Reach reach) {
    if (!rule.isResourceRule() || !rule.apiGroups().contains(PolicyRule.ALL) || rule.resources().contains(PolicyRule.ALL)) {
      return List.of();
    }
    return List.of(String.join(", ", rule.verbs()) + " on " + Messages.list(rule.resources()));
  }

  @Override
  String risk(String grants, Reach reach) {
    return "grants " + grants + " in every API group (\"*\"), resources of that name that extensions add later included";
  }
}
