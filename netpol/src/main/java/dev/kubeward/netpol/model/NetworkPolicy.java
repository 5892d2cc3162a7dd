package dev.kubeward.netpol.model;

import dev.kubeward.core.k8s.LabelSelector;
import java.util.List;
import java.util.Set;

/**
 * A NetworkPolicy as the API server stores it, with {@code policyTypes} defaulted as it
 * defaults them: when absent (or empty), Ingress always, and Egress when there is an egress
 * rule. A policy selects the pods of its namespace that its pod selector matches, and isolates
 * them in each direction of its policy types: from then on, only what some rule of some policy
 * selecting the pod allows in that direction reaches (or leaves) it.
 *
 * @param policyTypes the effective policy types, after defaulting
 * @param policyTypesDeclared whether {@code policyTypes} was written (else it was defaulted)
 */
public record NetworkPolicy(String namespace, String name, LabelSelector podSelector, Set<Direction> policyTypes,
    boolean policyTypesDeclared, List<Rule> ingress, List<Rule> egress, Source source) {

  public NetworkPolicy {
    policyTypes = policyTypes.isEmpty() ? Set.of() : java.util.Collections.unmodifiableSet(java.util.EnumSet.copyOf(policyTypes));
    ingress = List.copyOf(ingress);
    egress = List.copyOf(egress);
  }

  /** The policy types the API server gives a policy written without them. */
  public static Set<Direction> defaultPolicyTypes(boolean hasEgressRules) {
    return hasEgressRules ? Set.of(Direction.INGRESS, Direction.EGRESS) : Set.of(Direction.INGRESS);
  }

  public boolean affects(Direction d) {
    return policyTypes.contains(d);
  }

  public List<Rule> rules(Direction d) {
    return d == Direction.INGRESS ? ingress : egress;
  }

  /** Whether the policy selects {@code pod} (whatever its policy types). */
  public boolean selects(Pod pod) {
    return pod.namespace().equals(namespace) && podSelector.matches(pod.labels());
  }

  /** Whether the policy isolates {@code pod} in direction {@code d}. */
  public boolean isolates(Pod pod, Direction d) {
    return affects(d) && selects(pod);
  }

  /** {@code namespace/name}. */
  public String qualifiedName() {
    return namespace + "/" + name;
  }
}
