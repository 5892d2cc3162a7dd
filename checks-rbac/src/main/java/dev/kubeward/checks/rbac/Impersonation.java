package dev.kubeward.checks.rbac;

import dev.kubeward.core.check.Category;
import dev.kubeward.core.check.CheckInfo;
import dev.kubeward.core.check.Severity;

import dev.kubeward.rbac.PolicyRule;
import dev.kubeward.rbac.Role;
import java.util.List;

/**
 * {@code impersonate} on users, groups, serviceaccounts (core group), uids and userextras
 * (authentication.k8s.io) lets a request act as someone else: as the group system:masters it
 * passes every authorization.
 */
@CheckInfo(
    id = "KW-0211",
    summary = "Role can impersonate users, groups or service accounts",
    severity = Severity.HIGH,
    category = Category.IDENTITY,
    remediation = "Remove impersonate, or limit it with resourceNames to the identities that are safe to act as.",
    references = {"cis:5.1.8", "mitre:T1078", "mitre:T1550"})
public final class Impersonation extends RiskyGrantCheck {

  Impersonation(RbacScan scan) {
    super(scan);
  }

  private static final List<String> IMPERSONATE = List.of("impersonate");
  private static final String AUTHN = "authentication.k8s.io";
  private static final List<Access.Probe> PROBES = List.of(
      Access.Probe.of(Access.CORE, "users", IMPERSONATE, List.of()),
      Access.Probe.of(Access.CORE, "groups", IMPERSONATE, List.of()),
      Access.Probe.of(Access.CORE, "serviceaccounts", IMPERSONATE, List.of()),
      Access.Probe.of(AUTHN, "uids", IMPERSONATE, List.of()));

  @Override
  List<String> grants(PolicyRule rule, Role role, Reach reach) {
    List<String> m = new java.util.ArrayList<>(Access.matches(rule, PROBES, reach));
    if (reach.clusterScoped() && userExtras(rule)) {
      m.add("impersonate " + AUTHN + "/userextras");
    }
    if (reach.clusterScoped() && rule.resourceNames().isEmpty() && Access.any(rule, Access.CORE, "groups", "", IMPERSONATE)) {
      m.replaceAll(g -> g.endsWith(" groups") ? g + ", system:masters included" : g);
    }
    return m;
  }

  @Override
  String risk(String grants, Reach reach) {
    return "acts as other identities (" + grants + ")";
  }

  /** userextras is only ever asked with the extra's key as subresource: userextras/scopes, {@code *}, {@code *}/key. */
  private static boolean userExtras(PolicyRule rule) {
    return rule.isResourceRule() && rule.matchesApiGroup(AUTHN) && rule.matchesVerb("impersonate")
        && rule.resources().stream().anyMatch(r -> r.equals(PolicyRule.ALL) || r.startsWith("userextras/") || r.startsWith("*/"));
  }
}
