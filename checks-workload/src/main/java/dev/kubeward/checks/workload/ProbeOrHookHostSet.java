package dev.kubeward.checks.workload;

import dev.kubeward.core.check.Category;
import dev.kubeward.core.check.CheckInfo;
import dev.kubeward.core.check.ContainerCheck;
import dev.kubeward.core.check.Findings;
import dev.kubeward.core.check.Severity;
import dev.kubeward.core.k8s.ContainerView;
import dev.kubeward.core.model.Field;
import dev.kubeward.core.yaml.MapNode;
import dev.kubeward.core.yaml.Node;
import dev.kubeward.core.yaml.ScalarNode;

/**
 * HTTP and TCP probes and hooks are sent by the kubelet from the node; {@code host} points them
 * away from the pod's own IP, anywhere the node can reach.
 */
@CheckInfo(
    id = "KW-0024",
    summary = "Probe or lifecycle hook targets another host",
    severity = Severity.MEDIUM,
    category = Category.NETWORK_EXPOSURE,
    remediation = "Remove host from the probe or hook so that the kubelet targets the pod's own IP.",
    references = {"pss:baseline/hostProbesAndHostLifecycle", "mitre:T1046"})
public final class ProbeOrHookHostSet implements ContainerCheck {

  private static final String[][] HANDLERS = {
      {"livenessProbe"}, {"readinessProbe"}, {"startupProbe"}, {"lifecycle", "postStart"}, {"lifecycle", "preStop"}};

  /** The host field of each action that takes one, as keys (made once: every probe is asked). */
  private static final String[][] HOSTS = {{"httpGet", "host"}, {"tcpSocket", "host"}};

  @Override
  public void check(ContainerView container, Findings findings) {
    // Read on the nodes, as Field#at would read them: the located fields are made only for a host
    // that is set, which is rare, rather than for every probe and action of every container.
    Node c = container.field().node();
    for (String[] handler : HANDLERS) {
      Node h = at(c, handler);
      if (h == null) {
        continue;
      }
      for (String[] hostKeys : HOSTS) {
        if (at(h, hostKeys) instanceof ScalarNode s && !s.isNull() && !s.value().isBlank()) {
          Field host = container.get(handler).orElseThrow().at(hostKeys).orElseThrow();
          findings.at(host).report("container %s has the kubelet send %s %s to host %s",
              container.name(), String.join(".", handler), hostKeys[0], s.value());
        }
      }
    }
  }

  /** The node {@link Field#at} reaches along {@code keys}; null where it finds nothing (absent, null, not a mapping). */
  private static Node at(Node node, String[] keys) {
    Node n = node;
    for (String key : keys) {
      if (!(n instanceof MapNode m)) {
        return null;
      }
      int i = m.indexOf(key);
      if (i < 0) {
        return null;
      }
      n = m.value(i);
      if (n instanceof ScalarNode s && s.isNull()) {
        return null;
      }
    }
    return n;
  }
}
