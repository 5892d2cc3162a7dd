package dev.kubeward.checks.workload;

import dev.kubeward.core.check.Category;
import dev.kubeward.core.check.CheckInfo;
import dev.kubeward.core.check.ContainerCheck;
import dev.kubeward.core.check.Findings;
import dev.kubeward.core.check.Severity;
import dev.kubeward.core.k8s.ContainerView;
import dev.kubeward.core.model.Field;
import java.util.Optional;

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
    for (String[] handler : HANDLERS) {
      Optional<Field> h = container.get(handler);
      if (h.isEmpty()) {
        continue;
      }
      for (String[] hostKeys : HOSTS) {
        String action = hostKeys[0];
        Optional<Field> host = h.get().at(hostKeys);
        Optional<String> text = host.flatMap(Field::text);
        if (text.isPresent() && !text.get().isBlank()) {
          findings.at(host.get()).report("container %s has the kubelet send %s %s to host %s",
              container.name(), String.join(".", handler), action, text.get());
        }
      }
    }
  }
}
