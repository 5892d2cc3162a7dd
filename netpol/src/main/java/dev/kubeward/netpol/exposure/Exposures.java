package dev.kubeward.netpol.exposure;

import dev.kubeward.netpol.analysis.Connectivity;
import dev.kubeward.netpol.analysis.Endpoint;
import dev.kubeward.netpol.analysis.Evaluator;
import dev.kubeward.netpol.conn.ConnectionSet;
import dev.kubeward.netpol.model.Direction;
import dev.kubeward.netpol.model.NetworkPolicy;
import dev.kubeward.netpol.model.Peer;
import dev.kubeward.netpol.model.Pod;
import dev.kubeward.netpol.model.Rule;
import dev.kubeward.netpol.model.Workload;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Computes the {@link Exposure} of every workload from the connectivity (what NetworkPolicies let
 * in) and the entrances (Services, Ingresses, host networking). A workload's namespaces are
 * those of the input's workloads with a connection to it; its outside ranges are the external
 * sources with one.
 */
public final class Exposures {

  private Exposures() {}

  public static List<Exposure> of(Connectivity connectivity, Entrances entrances) {
    Evaluator evaluator = new Evaluator(connectivity.cluster());
    Map<Workload, List<Pod>> workloads = connectivity.cluster().workloads();
    List<Exposure> out = new ArrayList<>();
    for (Map.Entry<Workload, List<Pod>> e : workloads.entrySet()) {
      Workload w = e.getKey();
      Endpoint.InCluster dst = new Endpoint.InCluster(w);
      boolean isolated = connectivity.isolated(w, Direction.INGRESS);
      boolean every = e.getValue().stream().anyMatch(p -> everyNamespace(evaluator, p));
      TreeSet<String> namespaces = new TreeSet<>();
      for (Workload src : workloads.keySet()) {
        if (!src.equals(w) && !namespaces.contains(src.namespace())
            && !connectivity.allowed(new Endpoint.InCluster(src), dst).isEmpty()) {
          namespaces.add(src.namespace());
        }
      }
      List<Exposure.Outside> outside = new ArrayList<>();
      for (Endpoint.External ext : connectivity.externalSources()) {
        ConnectionSet c = connectivity.allowed(ext, dst);
        if (!c.isEmpty()) {
          outside.add(new Exposure.Outside(ext.range().toString(), c.toString()));
        }
      }
      out.add(new Exposure(w, isolated, every, List.copyOf(namespaces), outside, entrances(w, e.getValue(), entrances)));
    }
    return out;
  }

  private static boolean everyNamespace(Evaluator evaluator, Pod pod) {
    List<NetworkPolicy> policies = evaluator.isolating(pod, Direction.INGRESS);
    if (policies.isEmpty()) {
      return true;
    }
    for (NetworkPolicy p : policies) {
      for (Rule r : p.ingress()) {
        if (r.connections(Optional.of(pod)).isEmpty()) {
          continue;
        }
        if (r.allPeers()) {
          return true;
        }
        for (Peer peer : r.peers()) {
          if (peer instanceof Peer.Pods pods && pods.namespaceSelector().filter(s -> s.isEmpty()).isPresent()
              && pods.podSelector().map(s -> s.isEmpty()).orElse(true)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static List<String> entrances(Workload w, List<Pod> pods, Entrances entrances) {
    List<String> out = new ArrayList<>();
    List<Entrances.Service> selecting = entrances.services().stream()
        .filter(s -> pods.stream().anyMatch(p -> s.selects(p.namespace(), p.labels()))).toList();
    for (Entrances.Service s : selecting) {
      StringBuilder sb = new StringBuilder("Service " + s.namespace() + "/" + s.name() + " " + s.type() + " " + String.join(",", s.ports()));
      if (s.outside()) {
        sb.append(", nodePort ").append(String.join(",", s.nodePorts()));
      }
      if (s.type().equals("LoadBalancer")) {
        sb.append(s.loadBalancerSourceRanges().isEmpty() ? ", no loadBalancerSourceRanges: open to every address"
            : ", loadBalancerSourceRanges " + String.join(",", s.loadBalancerSourceRanges()));
      }
      out.add(sb.toString());
    }
    for (Entrances.Ingress i : entrances.ingresses()) {
      List<String> via = selecting.stream().filter(s -> s.namespace().equals(i.namespace()) && i.serviceNames().contains(s.name()))
          .map(Entrances.Service::name).toList();
      if (!via.isEmpty()) {
        out.add("Ingress " + i.namespace() + "/" + i.name() + (i.hosts().isEmpty() ? "" : " (" + String.join(",", i.hosts()) + ")")
            + " to Service " + String.join(",", via));
      }
    }
    Entrances.Host host = entrances.hosts().get(w);
    if (host != null) {
      if (host.hostNetwork()) {
        out.add("hostNetwork: on the node's network, where NetworkPolicies may not apply");
      }
      if (!host.hostPorts().isEmpty()) {
        out.add("hostPort " + String.join(",", host.hostPorts()));
      }
    }
    return out;
  }
}
