package dev.kubeward.secrets.checks;

import dev.kubeward.core.check.Category;
import dev.kubeward.core.check.CheckInfo;
import dev.kubeward.core.check.Findings;
import dev.kubeward.core.check.ResourceCheck;
import dev.kubeward.core.check.Severity;
import dev.kubeward.core.k8s.PodSpecView;
import dev.kubeward.core.k8s.PodSpecs;
import dev.kubeward.core.model.Field;
import dev.kubeward.core.model.Resource;
import dev.kubeward.core.yaml.MapNode;
import dev.kubeward.core.yaml.Node;
import dev.kubeward.secrets.Detection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A credential in an annotation of any object, or of a workload's pod template. Annotations are
 * metadata: readable by whoever can list the object, copied into tools, events and dashboards.
 * Vault agent injection annotations hold paths and templates, not secrets, and are left alone.
 */
@CheckInfo(
    id = "KW-0502",
    summary = "Annotation holds a secret in plain text",
    severity = Severity.HIGH,
    category = Category.SECRETS,
    remediation = "Remove the secret from the annotation: keep it in a Secret (or a secret store) and let the tool that reads the annotation reference it; rotate the exposed credential.",
    references = {"nsa:network/secrets", "mitre:T1552.001"})
public final class SecretInAnnotation implements ResourceCheck {

  @Override
  public Set<String> kinds() {
    return Set.of();
  }

  @Override
  public void check(Resource resource, Findings findings) {
    // Read from the node tree; the annotations' located field is looked up only for a finding.
    Node own = Nodes.get(resource.root().node(), "metadata");
    scan(Nodes.get(own, "annotations"), () -> resource.metadata().flatMap(m -> m.get("annotations")), "annotation ",
        findings);
    PodSpecs.of(resource).flatMap(PodSpecView::metadata)
        .filter(m -> own != m.node())
        .ifPresent(m -> scan(Nodes.get(m.node(), "annotations"), () -> m.get("annotations"), "pod template annotation ",
            findings));
  }

  private static void scan(Node annotations, Supplier<Optional<Field>> located, String what, Findings findings) {
    MapNode entries = Nodes.mapping(annotations);
    for (int i = 0; i < entries.size(); i++) {
      String key = entries.name(i);
      String text = Nodes.text(entries.value(i));
      if (text == null || GoodPractice.vaultAnnotation(key)) {
        continue;
      }
      // example.com/api-token names its value by what follows the prefix.
      List<Detection> found = Found.detector().scan(key, key.lastIndexOf('/') + 1, text);
      if (!found.isEmpty()) {
        Found.report(findings, located.get().orElseThrow().entries().get(i).value(), what + key, found, text);
      }
    }
  }
}
