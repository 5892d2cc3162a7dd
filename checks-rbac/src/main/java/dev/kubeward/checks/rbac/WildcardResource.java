package dev.kubeward.checks.rbac;

import dev.kubeward.core.check.Category;
import dev.kubeward.core.check.CheckInfo;
import dev.kubeward.core.check.Severity;
import dev.kubeward.rbac.PolicyRule;
import dev.kubeward.rbac.Role;
import java.util.List;

/**
 * {@code resources: ["*"]} covers every resource and subresource of the rule's API groups,
 * present and future: in the core group that is Secrets, pods/exec and nodes/proxy too.
 */
@CheckInfo(
    id = "KW-0202",
    summary = "Role rule grants every resource with a wildcard",
    severity = Severity.MEDIUM,
    category = Category.IDENTITY,
    remediation = "List the resources the subject needs instead of \"*\".",
    references = {"cis:5.1.3", "mitre:T1078"})
public final class WildcardResource extends RiskyGrantCheck {

  WildcardResource(RbacScan scan) {
    super(scan);
  }

  @Override
  RbacObject.Place at(RbacObject.RulePlaces rule) {
    return rule.resources();
  }

  @Override
  List<String> grants(PolicyRule rule, Role role, Reach reach) {
    if (!rule.isResourceRule() || !rule.resources().contains(PolicyRule.ALL)) {
      return List.of();
    }
    boolean core = rule.matchesApiGroup(Access.CORE);
    return List.of(String.join(", ", rule.verbs()) + " on every resource (\"*\") of " + Wildcards.groups(rule)
        + (core ? " (Secrets, pods/exec and nodes/proxy included)" : ""));
  }

  @Override
  String risk(String grants, Reach reach) {
    return "grants " + grants + ", subresources and resources added later included";
  }
}
