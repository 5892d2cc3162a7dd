package dev.kubeward.checks.network;

import dev.kubeward.core.check.Category;
import dev.kubeward.core.check.CheckInfo;
import dev.kubeward.core.check.Findings;
import dev.kubeward.core.check.Severity;
import dev.kubeward.core.index.IndexedResource;
import dev.kubeward.core.index.ResourceIndex;
import dev.kubeward.netpol.model.Direction;
import java.util.Set;

/**
 * A namespace without a default deny lets every new workload in it accept connections until
 * someone writes a policy for it. Judged for namespaces that have workloads in the input; the
 * finding sits on the Namespace object, or on the namespace's first workload when the input does
 * not define the namespace.
 */
@CheckInfo(
    id = "KW-0302",
    summary = "Namespace has no default-deny NetworkPolicy",
    severity = Severity.MEDIUM,
    category = Category.NETWORK_EXPOSURE,
    remediation = "Add a NetworkPolicy with podSelector {} and policyTypes [Ingress, Egress] and no rules to the namespace, then allow what its workloads need.",
    references = {"cis:5.3.2", "nsa:network/network-policies", "mitre:T1021"})
public final class NamespaceWithoutDefaultDeny extends NetworkCheck {

  NamespaceWithoutDefaultDeny(NetworkScan scan) {
    super(scan);
  }

  @Override
  public Set<String> kinds() {
    Set<String> kinds = new java.util.HashSet<>(NetworkFacts.WORKLOAD_KINDS);
    kinds.add("Namespace");
    return Set.copyOf(kinds);
  }

  @Override
  public void check(IndexedResource resource, ResourceIndex index, Findings findings) {
    NetworkFacts facts = facts(index);
    String namespace;
    if (resource.kind().equals("Namespace")) {
      namespace = resource.name();
      if (!facts.hasWorkloads(namespace)) {
        return;
      }
    } else {
      namespace = resource.namespace().isEmpty() ? "default" : resource.namespace();
      if (!facts.firstWorkloadOfNamespace(resource) || facts.cluster().namespace(namespace).map(n -> n.defined()).orElse(false)) {
        return;
      }
    }
    boolean ingress = facts.defaultDeny(namespace, Direction.INGRESS);
    boolean egress = facts.defaultDeny(namespace, Direction.EGRESS);
    if (!ingress || !egress) {
      String missing = !ingress && !egress ? "ingress or egress" : !ingress ? "ingress" : "egress";
      findings.at(NetworkFacts.nameOf(resource)).report(
          "namespace %s has no default-deny NetworkPolicy for %s (podSelector {} with that policy type and no rule in it)",
          namespace, missing);
    }
  }
}
