package dev.kubeward.checks.network;

import dev.kubeward.core.check.Category;
import dev.kubeward.core.check.CheckInfo;
import dev.kubeward.core.check.Findings;
import dev.kubeward.core.check.Severity;
import dev.kubeward.core.index.IndexedResource;
import dev.kubeward.core.index.ResourceIndex;
import dev.kubeward.netpol.model.NetworkPolicy;
import java.util.Optional;
import java.util.Set;

/**
 * A policy whose pod selector matches no pod of its namespace protects nothing: usually a label
 * typo, or a policy left behind by a renamed workload, and the pods it was meant for stay open.
 * Judged only where the input has workloads in the policy's namespace (a folder of policies
 * alone says nothing about the pods).
 */
@CheckInfo(
    id = "KW-0303",
    summary = "NetworkPolicy selects no pod",
    severity = Severity.LOW,
    category = Category.NETWORK_EXPOSURE,
    remediation = "Fix the podSelector to match the labels of the pods the policy is meant for, or remove the policy.",
    references = {"nsa:network/network-policies", "mitre:T1021"})
public final class PolicySelectsNoPod extends NetworkCheck {

  PolicySelectsNoPod(NetworkScan scan) {
    super(scan);
  }

  @Override
  public Set<String> kinds() {
    return Set.of("NetworkPolicy");
  }

  @Override
  public void check(IndexedResource resource, ResourceIndex index, Findings findings) {
    NetworkFacts facts = facts(index);
    Optional<NetworkFacts.PolicyEntry> policy = facts.policy(resource);
    if (policy.isEmpty() || !facts.hasWorkloads(policy.get().policy().namespace())) {
      return;
    }
    NetworkPolicy p = policy.get().policy();
    if (facts.selectedPods(p).isEmpty()) {
      findings.at(policy.get().podSelector().anchor()).report(
          "NetworkPolicy %s selects no pod: no workload of namespace %s in the input has pods labelled %s",
          p.qualifiedName(), p.namespace(), p.podSelector());
    }
  }
}
