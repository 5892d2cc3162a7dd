package dev.kubeward.secrets.checks;

import dev.kubeward.core.check.Category;
import dev.kubeward.core.check.CheckInfo;
import dev.kubeward.core.check.ContainerCheck;
import dev.kubeward.core.check.Findings;
import dev.kubeward.core.check.Severity;
import dev.kubeward.core.k8s.ContainerView;
import dev.kubeward.core.model.Field;
import java.util.List;
import dev.kubeward.core.yaml.Node;
import dev.kubeward.secrets.Detection;

/** A credential written into {@code env[].value}: by its own shape, or a secret-sounding name with a strong literal. */
@CheckInfo(
    id = "KW-0054",
    summary = "Container environment holds a secret in plain text",
    severity = Severity.HIGH,
    category = Category.SECRETS,
    remediation = "Move the value into a Secret and read it with env[].valueFrom.secretKeyRef (or mount it as a file); rotate the exposed credential.",
    references = {"cis:5.4.1", "nsa:network/secrets", "mitre:T1552.001", "mitre:T1552.007"})
public final class SecretInEnvValue implements ContainerCheck {

  @Override
  public void check(ContainerView container, Findings findings) {
    List<Node> env = Nodes.items(Nodes.get(container.field().node(), "env"));
    for (int i = 0; i < env.size(); i++) {
      String name = Nodes.text(Nodes.get(env.get(i), "name"));
      String text = Nodes.text(Nodes.get(env.get(i), "value"));
      if (name == null || text == null) {
        continue;
      }
      List<Detection> found = Found.detector().scan(name, text);
      if (!found.isEmpty()) {
        Field value = container.field().get("env").orElseThrow().items().get(i).get("value").orElseThrow();
        Found.report(findings, value, "container " + container.name() + ": env var " + name, found, text);
      }
    }
  }
}
