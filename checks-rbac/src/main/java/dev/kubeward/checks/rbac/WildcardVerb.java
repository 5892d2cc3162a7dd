package dev.kubeward.checks.rbac;

import dev.kubeward.core.check.Category;
import dev.kubeward.core.check.CheckInfo;
import dev.kubeward.core.check.Severity;
import dev.kubeward.rbac.PolicyRule;
import dev.kubeward.rbac.Role;
import java.util.List;

/**
 * {@code verbs: ["*"]} grants delete, deletecollection, escalate, bind, impersonate and any
 * verb a later release or an extension adds, on every resource the rule names. A rule that grants
 * everything is {@link RoleGrantsEverything}'s.
 */
@CheckInfo(
    id = "KW-0201",
    summary = "Role rule grants every verb with a wildcard",
    severity = Severity.MEDIUM,
    category = Category.IDENTITY,
    remediation = "List the verbs the subject needs instead of \"*\".",
    references = {"cis:5.1.3", "mitre:T1078"})
public final class WildcardVerb extends RiskyGrantCheck {

  WildcardVerb(RbacScan scan) {
    super(scan);
  }

  @Override
  RbacObject.Place at(RbacObject.RulePlaces rule) {
    return rule.verbs();
  }

  @Override
  List<String> grants(PolicyRule rule, Role role, Reach reach) {
    return rule.isResourceRule() && rule.verbs().contains(PolicyRule.ALL) ? List.of(Wildcards.resources(rule)) : List.of();
  }

  @Override
  String risk(String grants, Reach reach) {
    return "grants every verb (\"*\") on " + grants + ", delete, deletecollection and verbs added later included";
  }
}
