package dev.kubeward.checks.rbac;

import dev.kubeward.rbac.PolicyRule;
import java.util.ArrayList;
import java.util.List;

/**
 * The signers a role may approve for or sign as ({@code signers} of certificates.k8s.io): the
 * API server asks with the signer's name as resource name, and also with {@code domain/*}, so a
 * rule's resourceNames may list either form; none means every signer.
 */
final class Signers {

  private static final String GROUP = "certificates.k8s.io";

  private Signers() {}

  /** The signer names (or {@code every signer}) that the rules grant {@code verb} on; empty when none. */
  static List<String> granting(List<PolicyRule> rules, String verb) {
    List<String> out = new ArrayList<>();
    for (PolicyRule r : rules) {
      if (!Access.verbs(r, GROUP, "signers", "", List.of(verb)).isEmpty()) {
        if (r.resourceNames().isEmpty()) {
          return List.of("every signer");
        }
        r.resourceNames().stream().filter(n -> !out.contains(n)).forEach(out::add);
      }
    }
    return out;
  }
}
