package dev.kubeward.secrets.checks;

import dev.kubeward.core.check.Category;
import dev.kubeward.core.check.CheckInfo;
import dev.kubeward.core.check.ContainerCheck;
import dev.kubeward.core.check.Findings;
import dev.kubeward.core.check.Severity;
import dev.kubeward.core.k8s.ContainerView;
import dev.kubeward.core.model.Field;
import dev.kubeward.core.yaml.Node;
import java.util.ArrayList;
import java.util.List;

/**
 * A container that reads Secrets into environment variables ({@code valueFrom.secretKeyRef},
 * {@code envFrom.secretRef}) rather than mounting them as files: the environment is inherited by
 * every child process, dumped in crash reports and debug endpoints, and never updated when the
 * Secret rotates. One finding per container, at its first such variable.
 */
@CheckInfo(
    id = "KW-0506",
    summary = "Container reads Secrets into environment variables",
    severity = Severity.LOW,
    category = Category.SECRETS,
    remediation = "Mount the Secret as a volume (read-only, only the keys needed) and have the application read the file; files follow rotation and are not inherited by child processes.",
    references = {"cis:5.4.1", "nsa:network/secrets", "mitre:T1552.007"})
public final class SecretAsEnvironmentVariable implements ContainerCheck {

  private static final int LISTED = 3;

  @Override
  public void check(ContainerView container, Findings findings) {
    Node node = container.field().node();
    List<Node> env = Nodes.items(Nodes.get(node, "env"));
    List<Node> envFrom = Nodes.items(Nodes.get(node, "envFrom"));
    List<String> names = new ArrayList<>();
    // Where the first reference is: the index of its env (or, after the env list, envFrom) item.
    int first = -1;
    for (int i = 0; i < env.size(); i++) {
      Node ref = Nodes.get(Nodes.get(env.get(i), "valueFrom"), "secretKeyRef");
      if (ref != null) {
        names.add(nameOr(Nodes.get(env.get(i), "name")) + " from Secret " + nameOr(Nodes.get(ref, "name")));
        first = first < 0 ? i : first;
      }
    }
    for (int i = 0; i < envFrom.size(); i++) {
      Node ref = Nodes.get(envFrom.get(i), "secretRef");
      if (ref != null) {
        names.add("every key of Secret " + nameOr(Nodes.get(ref, "name")));
        first = first < 0 ? env.size() + i : first;
      }
    }
    if (first >= 0) {
      Field at = first < env.size()
          ? container.field().get("env").orElseThrow().items().get(first).at("valueFrom", "secretKeyRef").orElseThrow()
          : container.field().get("envFrom").orElseThrow().items().get(first - env.size()).get("secretRef").orElseThrow();
      String shown = String.join(", ", names.subList(0, Math.min(LISTED, names.size())))
          + (names.size() > LISTED ? " and " + (names.size() - LISTED) + " more" : "");
      findings.at(at).report("container %s reads Secrets into environment variables (%s): mount them as files instead",
          container.name(), shown);
    }
  }

  private static String nameOr(Node name) {
    String text = Nodes.text(name);
    return text == null ? "<unnamed>" : text;
  }
}
