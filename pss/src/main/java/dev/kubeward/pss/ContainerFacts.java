package dev.kubeward.pss;

import dev.kubeward.core.k8s.ContainerKind;
import dev.kubeward.core.yaml.MapNode;
import dev.kubeward.core.yaml.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One container, init container or ephemeral container, with what the standards read of it.
 *
 * @param index its position in its list ({@code kind.field()}), for locating violations
 * @param hostPorts the non-zero host ports of its ports, in order, with the index of the port
 * @param hostHandlers probes and lifecycle handlers that name a host
 */
public record ContainerFacts(
    String name,
    ContainerKind kind,
    int index,
    Optional<SecurityFacts> securityContext,
    List<HostPort> hostPorts,
    List<HostHandler> hostHandlers) {

  /** A host port, and which of the container's ports declares it. */
  public record HostPort(long port, int portIndex) {}

  /** A probe or lifecycle handler with a host: {@code livenessProbe.httpGet.host: 10.0.0.1}. */
  public record HostHandler(List<String> path, String host) {}

  private static final String[] PROBES = {"livenessProbe", "readinessProbe", "startupProbe"};
  private static final String[] HOOKS = {"postStart", "preStop"};
  private static final String[] ACTIONS = {"httpGet", "tcpSocket"};

  /** Where something of this container is, for a violation. */
  public Locator locate(Object... keys) {
    Object[] steps = new Object[keys.length + 2];
    steps[0] = kind.field();
    steps[1] = index;
    System.arraycopy(keys, 0, steps, 2, keys.length);
    return Locator.spec(steps);
  }

  /** A setting of the container's own securityContext; unset when it has none. */
  public <T> Optional<T> own(java.util.function.Function<SecurityFacts, Optional<T>> setting) {
    return securityContext.flatMap(setting);
  }

  public boolean ownTrue(java.util.function.Function<SecurityFacts, Optional<Boolean>> setting) {
    return own(setting).orElse(false);
  }

  /**
   * @param hostNetwork the pod's hostNetwork: the API server then defaults each port's hostPort to
   *     its containerPort, so the pod it admits has those host ports
   */
  static ContainerFacts read(MapNode c, ContainerKind kind, int index, boolean hostNetwork) {
    MapNode sc = Nodes.map(c, "securityContext");
    return new ContainerFacts(
        Nodes.string(c, "name"),
        kind,
        index,
        sc == null ? Optional.empty() : Optional.of(SecurityFacts.read(sc)),
        hostPorts(c, kind, hostNetwork),
        hostHandlers(c));
  }

  private static List<HostPort> hostPorts(MapNode c, ContainerKind kind, boolean hostNetwork) {
    List<Node> ports = Nodes.list(c, "ports");
    if (ports.isEmpty()) {
      return List.of();
    }
    // Defaulting touches containers and init containers only; ephemeral containers have no ports.
    boolean defaulted = hostNetwork && kind != ContainerKind.EPHEMERAL;
    List<HostPort> out = new ArrayList<>(1);
    for (int i = 0; i < ports.size(); i++) {
      if (ports.get(i) instanceof MapNode p) {
        long port = Nodes.integer(p, "hostPort").orElse(0);
        if (port == 0 && defaulted) {
          port = Nodes.integer(p, "containerPort").orElse(0);
        }
        if (port != 0) {
          out.add(new HostPort(port, i));
        }
      }
    }
    return out;
  }

  private static List<HostHandler> hostHandlers(MapNode c) {
    List<HostHandler> out = null;
    for (String probe : PROBES) {
      out = addHosts(out, Nodes.map(c, probe), List.of(probe));
    }
    MapNode lifecycle = Nodes.map(c, "lifecycle");
    if (lifecycle != null) {
      for (String hook : HOOKS) {
        out = addHosts(out, Nodes.map(lifecycle, hook), List.of("lifecycle", hook));
      }
    }
    return out == null ? List.of() : out;
  }

  private static List<HostHandler> addHosts(List<HostHandler> out, MapNode handler, List<String> path) {
    if (handler == null) {
      return out;
    }
    for (String action : ACTIONS) {
      String host = Nodes.string(Nodes.map(handler, action), "host");
      if (!host.isEmpty()) {
        List<HostHandler> list = out == null ? new ArrayList<>(2) : out;
        List<String> at = new ArrayList<>(path);
        at.add(action);
        at.add("host");
        list.add(new HostHandler(List.copyOf(at), host));
        out = list;
      }
    }
    return out;
  }
}
