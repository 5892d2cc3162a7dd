package dev.kubeward.netpol.exposure;

import dev.kubeward.netpol.model.Workload;
import java.util.List;

/**
 * Who can reach one workload, and through what.
 *
 * @param isolated whether NetworkPolicies isolate its pods for ingress
 * @param everyNamespace whether every pod of every namespace (those not in the input included)
 *     may connect to it: not isolated, or a rule without {@code from} or with a peer
 *     {@code namespaceSelector: {}} and no pod selector
 * @param namespaces the namespaces of the input's workloads that may connect to it
 * @param outside the ranges outside the cluster that may connect to it, with what they may send
 * @param entrances Services, Ingresses and host networking that lead to it
 */
public record Exposure(Workload workload, boolean isolated, boolean everyNamespace, List<String> namespaces,
    List<Outside> outside, List<String> entrances) {

  public Exposure {
    namespaces = List.copyOf(namespaces);
    outside = List.copyOf(outside);
    entrances = List.copyOf(entrances);
  }

  /** A range of addresses outside the cluster and what it may send: {@code TCP 8080}, {@code All Connections}. */
  public record Outside(String range, String connections) {}
}
