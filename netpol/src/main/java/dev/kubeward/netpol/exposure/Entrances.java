package dev.kubeward.netpol.exposure;

import dev.kubeward.netpol.model.Workload;
import java.util.List;
import java.util.Map;

/**
 * What opens workloads to traffic besides pod-to-pod connections: Services (their type, ports and
 * source ranges), Ingresses (their backends) and the pods' host networking and host ports.
 */
public record Entrances(List<Service> services, List<Ingress> ingresses, Map<Workload, Host> hosts) {

  public Entrances {
    services = List.copyOf(services);
    ingresses = List.copyOf(ingresses);
    hosts = Map.copyOf(hosts);
  }

  /**
   * A Service: {@code selector} chooses the pods of its namespace (equality on every label; none
   * for a Service without selector); {@code ports} as {@code PROTO port->target[:nodePort]}.
   */
  public record Service(String namespace, String name, String type, Map<String, String> selector, List<String> ports,
      List<String> nodePorts, List<String> loadBalancerSourceRanges) {

    public Service {
      selector = Map.copyOf(selector);
      ports = List.copyOf(ports);
      nodePorts = List.copyOf(nodePorts);
      loadBalancerSourceRanges = List.copyOf(loadBalancerSourceRanges);
    }

    public boolean selects(String podNamespace, Map<String, String> labels) {
      return podNamespace.equals(namespace) && !selector.isEmpty()
          && selector.entrySet().stream().allMatch(e -> e.getValue().equals(labels.get(e.getKey())));
    }

    /** NodePort and LoadBalancer Services open a port on every node; a LoadBalancer also an address outside. */
    public boolean outside() {
      return type.equals("NodePort") || type.equals("LoadBalancer");
    }
  }

  /** An Ingress and the Services its rules and default backend send to (same namespace). */
  public record Ingress(String namespace, String name, List<String> hosts, List<String> serviceNames) {
    public Ingress {
      hosts = List.copyOf(hosts);
      serviceNames = List.copyOf(serviceNames);
    }
  }

  /** A workload's pods on the node's network, and the host ports its containers bind. */
  public record Host(boolean hostNetwork, List<String> hostPorts) {
    public Host {
      hostPorts = List.copyOf(hostPorts);
    }
  }
}
