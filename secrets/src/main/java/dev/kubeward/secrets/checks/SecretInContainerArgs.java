package dev.kubeward.secrets.checks;

import dev.kubeward.core.check.Category;
import dev.kubeward.core.check.CheckInfo;
import dev.kubeward.core.check.ContainerCheck;
import dev.kubeward.core.check.Findings;
import dev.kubeward.core.check.Severity;
import dev.kubeward.core.k8s.ContainerView;
import dev.kubeward.core.model.Field;
import dev.kubeward.core.yaml.Node;
import dev.kubeward.secrets.Detection;
import java.util.List;

/**
 * A credential on a container's command line: {@code --password=...}, {@code --token VALUE}, a
 * URL with a password, a key pasted into a shell script. Command lines are visible to anyone who
 * can read the pod, and to every process of the node through /proc.
 */
@CheckInfo(
    id = "KW-0500",
    summary = "Container command or arguments hold a secret in plain text",
    severity = Severity.HIGH,
    category = Category.SECRETS,
    remediation = "Pass the secret in a file mounted from a Secret (or an env var from secretKeyRef) and point the flag at it; rotate the exposed credential.",
    references = {"nsa:network/secrets", "mitre:T1552.001", "mitre:T1552.007"})
public final class SecretInContainerArgs implements ContainerCheck {

  @Override
  public void check(ContainerView container, Findings findings) {
    for (String list : LISTS) {
      List<Node> items = Nodes.items(Nodes.get(container.field().node(), list));
      String previous = "";
      for (int i = 0; i < items.size(); i++) {
        String text = Nodes.text(items.get(i));
        text = text == null ? "" : text;
        // "--password VALUE": the flag before a value names it.
        String name = previous.startsWith("-") && previous.indexOf('=') < 0 ? previous : "";
        List<Detection> found = Found.detector().scan(name, text);
        if (!found.isEmpty()) {
          Field item = container.field().get(list).orElseThrow().items().get(i);
          Found.report(findings, item, "container " + container.name() + ": " + list + "[" + i + "]", found, text);
        }
        previous = text;
      }
    }
  }

  private static final List<String> LISTS = List.of("command", "args");
}
