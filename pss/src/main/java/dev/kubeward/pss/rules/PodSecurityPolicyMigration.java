package dev.kubeward.pss.rules;

import dev.kubeward.core.check.Category;
import dev.kubeward.core.check.CheckInfo;
import dev.kubeward.core.check.Findings;
import dev.kubeward.core.check.ResourceCheck;
import dev.kubeward.core.check.Severity;
import dev.kubeward.core.model.Resource;
import dev.kubeward.pss.psp.PspMapping;
import java.util.Set;

/**
 * A migration aid: which Pod Security level a legacy PodSecurityPolicy comes closest to, and what
 * of it no level carries over. That the API itself is gone is removed-api-version's finding.
 */
@CheckInfo(
    id = "KW-0120",
    summary = "PodSecurityPolicy to migrate to a Pod Security Standards level",
    severity = Severity.INFO,
    category = Category.API_LIFECYCLE,
    remediation = "Label the namespaces whose pods this policy admitted with the level it maps to (try it with kubeward pss --what-if), and enforce what no level carries over with a validating admission policy.",
    references = {"nsa:pod-security/enforcement", "k8s:docs/reference/access-authn-authz/psp-to-pod-security-standards/"})
public final class PodSecurityPolicyMigration implements ResourceCheck {

  @Override
  public Set<String> kinds() {
    return Set.of("PodSecurityPolicy");
  }

  @Override
  public void check(Resource resource, Findings findings) {
    if (PspMapping.isPodSecurityPolicy(resource)) {
      findings.at(resource.root().nearest("spec")).report("%s", PspMapping.of(resource).describe());
    }
  }
}
